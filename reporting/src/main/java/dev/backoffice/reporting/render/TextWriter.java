package dev.backoffice.reporting.render;

import dev.backoffice.reporting.common.Check;
import java.util.ArrayList;
import java.util.List;

/** Aligned plain-text tables: text columns left, numbers right, the first column indented by depth. */
final class TextWriter {
  private TextWriter() {}

  static String write(Document doc, RenderOptions o) {
    Language lang = o.language();
    StringBuilder sb = new StringBuilder();
    sb.append(doc.title().in(lang)).append('\n');
    doc.subtitle().forEach(t -> sb.append(t.in(lang)).append('\n'));
    sb.append('\n');
    List<Integer> cols = new ArrayList<>();
    List<Column> columns = doc.table().columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).human()) {
        cols.add(i);
      }
    }
    int first = cols.get(0);
    int[] width = new int[columns.size()];
    for (int c : cols) {
      width[c] = columns.get(c).label().in(lang).length();
    }
    List<Row> rows = doc.table().rows();
    for (Row r : rows) {
      if (r.kind() == Row.Kind.HEADING) {
        continue;
      }
      for (int c : cols) {
        int len = Cells.human(r.cells().get(c), o, false).length() + (c == first ? 2 * r.depth() : 0);
        width[c] = Math.max(width[c], len);
      }
    }
    int total = -2;
    for (int c : cols) {
      total += width[c] + 2;
    }
    String rule = "-".repeat(Math.max(total, 1));
    StringBuilder header = new StringBuilder();
    for (int c : cols) {
      cell(header, columns.get(c).label().in(lang), width[c], columns.get(c).kind().numeric(), c == cols.get(cols.size() - 1));
    }
    sb.append(header).append('\n').append(rule).append('\n');
    int trailing = rows.size();
    while (trailing > 0 && rows.get(trailing - 1).kind() == Row.Kind.TOTAL) {
      trailing--;
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (i == trailing && i > 0) {
        sb.append(rule).append('\n');
      }
      if (r.kind() == Row.Kind.HEADING) {
        if (i > 0) {
          sb.append('\n');
        }
        Object label = r.cells().stream().filter(x -> x instanceof Text).findFirst().orElse("");
        sb.append(Cells.human(label, o, false)).append('\n');
        continue;
      }
      StringBuilder line = new StringBuilder();
      for (int c : cols) {
        String v = Cells.human(r.cells().get(c), o, false);
        if (c == first) {
          v = "  ".repeat(r.depth()) + v;
        }
        cell(line, v, width[c], columns.get(c).kind().numeric(), c == cols.get(cols.size() - 1));
      }
      sb.append(line).append('\n');
    }
    if (!doc.checks().isEmpty()) {
      sb.append('\n').append(lang == Language.POLISH ? "Kontrole:" : "Checks:").append('\n');
      for (Check ch : doc.checks()) {
        String mark = ch.passed() ? "[OK]" : lang == Language.POLISH ? "[BŁĄD]" : "[FAILED]";
        sb.append("  ").append(mark).append(' ').append(lang == Language.POLISH ? ch.polish() : ch.english()).append('\n');
      }
    }
    return sb.toString();
  }

  private static void cell(StringBuilder sb, String v, int width, boolean right, boolean last) {
    String pad = " ".repeat(Math.max(0, width - v.length()));
    if (right) {
      sb.append(pad).append(v);
    } else {
      sb.append(v);
      if (!last) {
        sb.append(pad);
      }
    }
    if (!last) {
      sb.append("  ");
    }
  }
}
