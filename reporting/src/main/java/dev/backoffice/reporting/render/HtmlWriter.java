package dev.backoffice.reporting.render;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import dev.backoffice.reporting.common.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-contained HTML page: inline CSS (print-friendly: landscape A4, repeated table headers, no rows split
 * across pages), an inline SVG chart where the report has one, the table and the checks. No scripts, no
 * external resources.
 */
final class HtmlWriter {
  private static final Escaper ESC = HtmlEscapers.htmlEscaper();
  private static final String STYLE = String.join("\n",
      "body { font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif; font-size: 10pt; margin: 1.5em; color: #111; }",
      "h1 { font-size: 15pt; margin: 0 0 .3em; }",
      "h2 { font-size: 11pt; margin: 1.2em 0 .3em; }",
      "p.subtitle { margin: 0; color: #444; }",
      "figure { margin: 1em 0; }",
      "svg text { font-family: inherit; font-size: 10px; fill: #222; }",
      "svg .chart-title { font-size: 12px; font-weight: bold; }",
      "table { border-collapse: collapse; margin-top: 1em; }",
      "th, td { border-bottom: 1px solid #ddd; padding: 2px 8px; vertical-align: top; }",
      "th { background: #eee; text-align: left; border-bottom: 1px solid #999; }",
      "th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }",
      "tr.total td { font-weight: bold; }",
      "tr.heading td { font-weight: bold; background: #f5f5f5; padding-top: 8px; }",
      "ul.checks { list-style: none; padding-left: 0; }",
      "ul.checks li.ok::before { content: \"\\2714  \"; color: #2e7d32; }",
      "ul.checks li.failed { color: #c62828; }",
      "ul.checks li.failed::before { content: \"\\2718  \"; }",
      "@page { size: A4 landscape; margin: 12mm; }",
      "@media print { body { margin: 0; font-size: 9pt; } thead { display: table-header-group; } tr { page-break-inside: avoid; } figure { page-break-inside: avoid; } }");

  private HtmlWriter() {}

  static String write(Document doc, RenderOptions o) {
    Language lang = o.language();
    String title = doc.title().in(lang);
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Language.POLISH ? "pl" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(ESC.escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
        .append("<h1>").append(ESC.escape(title)).append("</h1>\n");
    for (Text t : doc.subtitle()) {
      sb.append("<p class=\"subtitle\">").append(ESC.escape(t.in(lang))).append("</p>\n");
    }
    doc.chart().filter(c -> Svg.drawable(c.categories()))
        .ifPresent(c -> sb.append("<figure>\n").append(Svg.draw(c, o)).append("\n</figure>\n"));
    List<Column> columns = doc.table().columns();
    List<Integer> cols = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).human()) {
        cols.add(i);
      }
    }
    sb.append("<table>\n<thead>\n<tr>");
    for (int c : cols) {
      sb.append(columns.get(c).kind().numeric() ? "<th class=\"num\">" : "<th>")
          .append(ESC.escape(columns.get(c).label().in(lang))).append("</th>");
    }
    sb.append("</tr>\n</thead>\n<tbody>\n");
    for (Row r : doc.table().rows()) {
      if (r.kind() == Row.Kind.HEADING) {
        Object label = r.cells().stream().filter(x -> x instanceof Text).findFirst().orElse("");
        sb.append("<tr class=\"heading\"><td colspan=\"").append(cols.size()).append("\">")
            .append(ESC.escape(Cells.human(label, o, true))).append("</td></tr>\n");
        continue;
      }
      sb.append(r.kind() == Row.Kind.TOTAL ? "<tr class=\"total\">" : "<tr>");
      for (int c : cols) {
        boolean num = columns.get(c).kind().numeric();
        sb.append("<td");
        if (num) {
          sb.append(" class=\"num\"");
        } else if (c == cols.get(0) && r.depth() > 0) {
          sb.append(" style=\"padding-left: ").append(8 + 14 * r.depth()).append("px\"");
        }
        sb.append('>').append(ESC.escape(Cells.human(r.cells().get(c), o, true))).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    if (!doc.checks().isEmpty()) {
      sb.append("<h2>").append(lang == Language.POLISH ? "Kontrole" : "Checks").append("</h2>\n<ul class=\"checks\">\n");
      for (Check ch : doc.checks()) {
        sb.append("<li class=\"").append(ch.passed() ? "ok" : "failed").append("\">")
            .append(ESC.escape(lang == Language.POLISH ? ch.polish() : ch.english())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }
}
