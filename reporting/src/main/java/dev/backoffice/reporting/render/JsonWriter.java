package dev.backoffice.reporting.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.backoffice.reporting.common.Check;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * JSON through Jackson's streaming generator: the report's kind, title, columns, rows (objects keyed by column
 * key; amounts and percentages as strings of plain decimals so nothing is rounded, counts as numbers, dates
 * ISO) and checks.
 */
final class JsonWriter {
  // the caller owns the writer: closing the generator must not close it
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonWriter() {}

  static void write(Document doc, RenderOptions o, Writer out) throws IOException {
    Language lang = o.language();
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("report", doc.kind());
      g.writeStringField("title", doc.title().in(lang));
      g.writeArrayFieldStart("subtitle");
      for (Text t : doc.subtitle()) {
        g.writeString(t.in(lang));
      }
      g.writeEndArray();
      List<Column> columns = doc.table().columns();
      g.writeArrayFieldStart("columns");
      for (Column c : columns) {
        if (c.json()) {
          g.writeStartObject();
          g.writeStringField("key", c.key());
          g.writeStringField("label", c.label().in(lang));
          g.writeStringField("type", c.kind().name().toLowerCase(java.util.Locale.ROOT));
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      for (Row r : doc.table().rows()) {
        g.writeStartObject();
        g.writeStringField("type", r.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeNumberField("depth", r.depth());
        for (int i = 0; i < columns.size(); i++) {
          if (columns.get(i).json()) {
            g.writeFieldName(columns.get(i).key());
            value(g, r.cells().get(i), lang);
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("checks");
      for (Check ch : doc.checks()) {
        g.writeStartObject();
        g.writeStringField("code", ch.code());
        g.writeBooleanField("passed", ch.passed());
        g.writeStringField("message", lang == Language.POLISH ? ch.polish() : ch.english());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void value(JsonGenerator g, @Nullable Object cell, Language lang) throws IOException {
    if (cell == null) {
      g.writeNull();
    } else if (cell instanceof Long || cell instanceof Integer) {
      g.writeNumber(((Number) cell).longValue());
    } else if (cell instanceof LocalDate) {
      g.writeString(cell.toString());
    } else {
      g.writeString(Cells.machine(cell, lang));
    }
  }
}
