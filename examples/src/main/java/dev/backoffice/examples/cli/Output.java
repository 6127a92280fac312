package dev.backoffice.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The small formatting the commands need beyond the reporting renderers: CSV fields (RFC 4180), JSON strings,
 * and aligned text tables. Lines always end with {@code \n}.
 */
final class Output {
  private Output() {}

  /** A CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled). */
  static String csv(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /** A JSON string literal, with quotes, backslashes and control characters escaped. */
  static String json(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  /** Text for HTML: {@code & < > "} escaped. */
  static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** A text table: columns padded to their widest cell, right-aligned where asked, two spaces apart. */
  static final class Table {
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /** @param right for each column, whether it is right-aligned (numbers) */
    Table(boolean... right) {
      this.right = right.clone();
    }

    Table row(String... cells) {
      if (cells.length != right.length) {
        throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + right.length + " columns");
      }
      rows.add(cells.clone());
      return this;
    }

    /** Appends the table, each line trimmed at the right and ended with {@code \n}. */
    void appendTo(StringBuilder out) {
      int[] width = new int[right.length];
      for (String[] r : rows) {
        for (int i = 0; i < r.length; i++) {
          width[i] = Math.max(width[i], length(r[i]));
        }
      }
      for (String[] r : rows) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < r.length; i++) {
          if (i > 0) {
            line.append("  ");
          }
          int pad = width[i] - length(r[i]);
          if (right[i]) {
            line.append(" ".repeat(pad)).append(r[i]);
          } else {
            line.append(r[i]).append(" ".repeat(pad));
          }
        }
        out.append(line.toString().stripTrailing()).append('\n');
      }
    }

    private static int length(String s) {
      return s.codePointCount(0, s.length());
    }
  }
}
