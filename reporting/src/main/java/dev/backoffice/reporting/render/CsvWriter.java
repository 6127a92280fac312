package dev.backoffice.reporting.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** CSV through Apache Commons CSV: a header of column keys, data and total rows, plain decimals, LF line ends. */
final class CsvWriter {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private CsvWriter() {}

  static void write(Document doc, RenderOptions o, Writer out) throws IOException {
    List<Integer> cols = new ArrayList<>();
    List<Column> columns = doc.table().columns();
    List<String> header = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).csv()) {
        cols.add(i);
        header.add(columns.get(i).key());
      }
    }
    // CSVFormat.printRecord rather than CSVPrinter: the latter's class file carries SpotBugs annotations that
    // javac warns about (-Werror) when they are not on the class path
    FORMAT.printRecord(out, header.toArray());
    for (Row r : doc.table().rows()) {
      if (r.kind() == Row.Kind.HEADING) {
        continue;
      }
      List<String> values = new ArrayList<>(cols.size());
      for (int c : cols) {
        values.add(Cells.machine(r.cells().get(c), o.language()));
      }
      FORMAT.printRecord(out, values.toArray());
    }
    out.flush();
  }
}
