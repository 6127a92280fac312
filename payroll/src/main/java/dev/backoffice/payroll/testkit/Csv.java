package dev.backoffice.payroll.testkit;

import dev.backoffice.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Splits one CSV record (RFC 4180: comma-separated, double quotes around fields, {@code ""} for a quote). */
final class Csv {
  private Csv() {}

  static List<String> split(String line, String where) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"' && cur.toString().isBlank() && !wasQuoted) {
        cur.setLength(0);
        quoted = true;
        wasQuoted = true;
      } else if (ch == ',') {
        out.add(wasQuoted ? cur.toString() : cur.toString().strip());
        cur.setLength(0);
        wasQuoted = false;
      } else {
        cur.append(ch);
      }
    }
    if (quoted) {
      throw new ValidationException(where, "record", line, "must close every quoted field with '\"'");
    }
    out.add(wasQuoted ? cur.toString() : cur.toString().strip());
    return out;
  }
}
