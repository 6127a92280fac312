package dev.backoffice.ledger.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The tags of a journal comment, read as hledger 1.25 reads them: a tag is a word (no blank, comma or colon)
 * directly followed by {@code :}; its value is the text after the colon up to the next comma or the line's end,
 * stripped (so values hold no comma). Other text of the comment is not a tag. {@code ; partner: 5260001246,
 * doc: FV/1/2025} has the tags {@code partner} = {@code 5260001246} and {@code doc} = {@code FV/1/2025}.
 *
 * <p>A word that cannot be a {@link dev.backoffice.ledger.entry.Tags} key (1 to 64 letters, digits, {@code -} or
 * {@code _}), or whose value is longer than 512 characters, is plain text here: reading tags never fails, so the
 * paths that do not keep tags accept exactly what the entry reader accepts.
 */
final class CommentTags {
  private static final int MAX_KEY = 64;
  private static final int MAX_VALUE = 512;

  private CommentTags() {}

  /**
   * The tags of a comment, in order of appearance (a name may repeat).
   *
   * @param comment the comment text, lines joined with {@code \n}
   * @return name and value pairs ({@code [0]} the name, {@code [1]} the value, empty for a tag without one)
   */
  static List<String[]> parse(String comment) {
    List<String[]> tags = new ArrayList<>(2);
    int n = comment.length();
    int i = 0;
    while (i < n) {
      int colon = comment.indexOf(':', i);
      if (colon < 0) {
        break;
      }
      int lineEnd = comment.indexOf('\n', i);
      if (lineEnd >= 0 && lineEnd < colon) {
        i = lineEnd + 1;
        continue;
      }
      int start = colon;
      while (start > i && word(comment.charAt(start - 1))) {
        start--;
      }
      if (start == colon) {
        i = colon + 1; // a colon after a blank, a comma or another colon names no tag
        continue;
      }
      int end = colon + 1;
      while (end < n && comment.charAt(end) != ',' && comment.charAt(end) != '\n') {
        end++;
      }
      String name = comment.substring(start, colon);
      String value = comment.substring(colon + 1, end).strip();
      if (!key(name) || value.length() > MAX_VALUE) {
        i = colon + 1;
        continue;
      }
      tags.add(new String[] {name, value});
      i = end < n && comment.charAt(end) == ',' ? end + 1 : end;
    }
    return tags;
  }

  /**
   * Whether a comment line holds tags only: it starts with a tag (the line stripped), so no other text stands
   * before them. Such a line is not part of a memo or transaction comment.
   */
  static boolean tagsOnly(String line) {
    String s = line.strip();
    int colon = s.indexOf(':');
    return colon > 0 && key(s.substring(0, colon)) && !parse(s).isEmpty() && s.startsWith(parse(s).get(0)[0] + ":");
  }

  private static boolean key(String name) {
    if (name.isEmpty() || name.length() > MAX_KEY) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean word(char c) {
    return !Character.isWhitespace(c) && c != ',' && c != ':';
  }
}
