package dev.backoffice.ledger.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits MT940 text into its fields ({@code :TAG:value}, continuation lines included), remembering each field's
 * line and column, and strips what surrounds the fields in real files: the SWIFT envelope ({@code {1:…}{2:…}{4:}
 * before and {@code -}} or {@code -}{5:…}} after a message), the SOH/ETX bytes mBank frames each account with, a
 * leading {@code :940:} line (Rabobank) and the {@code -} line that ends a message.
 */
final class Mt940Lines {
  /** One field: its tag, its text lines and where its value starts. */
  record Field(String tag, List<String> lines, int line, int column, List<Integer> lineNumbers) {
    String text() {
      return String.join("\n", lines);
    }

    /** The line and column of character {@code offset} of line {@code i} of the value. */
    int lineOf(int i) {
      return lineNumbers.get(i);
    }

    int columnOf(int i, int offset) {
      return (i == 0 ? column : 1) + offset;
    }
  }

  /** A field boundary: message end marks. */
  static final String END_OF_MESSAGE = "-";

  private Mt940Lines() {}

  /**
   * The fields of the text, in order; an element {@code Field("-", …)} marks the end of a message.
   *
   * @param source the file name for errors
   * @param text the whole text
   * @return the fields
   */
  static List<Field> fields(String source, String text) {
    List<Field> fields = new ArrayList<>();
    List<String> lines = null;
    List<Integer> numbers = null;
    String tag = null;
    int tagLine = 0;
    int tagColumn = 0;
    int lineNo = 0;
    int pos = 0;
    int length = text.length();
    while (pos < length) {
      int end = pos;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      lineNo++;
      String line = text.substring(pos, end);
      int column = 1;
      // SOH/ETX framing (mBank) and other control characters at the start or end of a line
      int start = 0;
      while (start < line.length() && Character.isISOControl(line.charAt(start))) {
        start++;
      }
      int stop = line.length();
      while (stop > start && Character.isISOControl(line.charAt(stop - 1))) {
        stop--;
      }
      column += start;
      line = line.substring(start, stop);
      if (line.startsWith("{1:") || line.startsWith("{2:")) {
        int block4 = line.indexOf("{4:");
        if (block4 < 0) {
          throw StatementFormatException.atLine(source, lineNo, column, "SWIFT header", line,
              "must open block 4 ({4:) on the header line");
        }
        column += block4 + 3;
        line = line.substring(block4 + 3);
      }
      if (line.equals("-") || line.startsWith("-}")) {
        if (tag != null) {
          fields.add(new Field(tag, lines, tagLine, tagColumn, numbers));
          tag = null;
        }
        fields.add(new Field(END_OF_MESSAGE, List.of(), lineNo, column, List.of(lineNo)));
      } else if (startsField(line)) {
        if (tag != null) {
          fields.add(new Field(tag, lines, tagLine, tagColumn, numbers));
        }
        int close = line.indexOf(':', 1);
        tag = line.substring(1, close);
        lines = new ArrayList<>();
        numbers = new ArrayList<>();
        lines.add(line.substring(close + 1));
        numbers.add(lineNo);
        tagLine = lineNo;
        tagColumn = column + close + 1;
      } else if (tag != null) {
        lines.add(line);
        numbers.add(lineNo);
      } else if (!line.isBlank()) {
        throw StatementFormatException.atLine(source, lineNo, column, "line", line,
            "must start with a field tag such as :20: (text outside a field)");
      }
      pos = end;
      if (pos < length && text.charAt(pos) == '\r') {
        pos++;
      }
      if (pos < length && text.charAt(pos) == '\n') {
        pos++;
      }
    }
    if (tag != null) {
      fields.add(new Field(tag, lines, tagLine, tagColumn, numbers));
    }
    return fields;
  }

  /** {@code :20:}, {@code :28C:}, {@code :NS:}, {@code :940:}: a colon, 2–3 digits and an optional letter, or NS. */
  private static boolean startsField(String line) {
    if (line.length() < 4 || line.charAt(0) != ':') {
      return false;
    }
    int close = line.indexOf(':', 1);
    if (close < 3 || close > 5) {
      return false;
    }
    String tag = line.substring(1, close);
    if (tag.equals("NS")) {
      return true;
    }
    int digits = 0;
    while (digits < tag.length() && tag.charAt(digits) >= '0' && tag.charAt(digits) <= '9') {
      digits++;
    }
    return digits >= 2 && digits <= 3
        && (digits == tag.length() || digits == tag.length() - 1 && Character.isUpperCase(tag.charAt(digits)));
  }
}
