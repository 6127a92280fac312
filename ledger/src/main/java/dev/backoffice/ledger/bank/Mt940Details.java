package dev.backoffice.ledger.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The meaning of an MT940 {@code :86:} field (information to the account owner), in the dialects banks write.
 *
 * <ul>
 *   <li><b>Subfields</b>: a three-character transaction code, then subfields each opened by a separator and two
 *       digits. With {@code ?} (German DK standard, "SEPA ?20 style"): {@code ?20}–{@code ?29} and
 *       {@code ?60}–{@code ?63} the purpose (title), {@code ?32}–{@code ?33} the counterparty's name, {@code ?31} its
 *       account (IBAN), {@code ?30} its bank code. With {@code ^}, {@code <} or {@code ~} (Polish banks, after the
 *       MultiCash layout): {@code ^20}–{@code ^25} the title, {@code ^32}–{@code ^33} the counterparty's name (else
 *       {@code ^27}–{@code ^29}), {@code ^38} its IBAN/NRB (else {@code ^30} bank code and {@code ^31} account),
 *       {@code ^00} the operation's description; {@code ^60}–{@code ^63} carry the bank's codes and are kept only
 *       in the information text. Subfields are joined in the order the bank wrote them; the text of a subfield
 *       continues across line breaks without a space (SWIFT lines are cut at 65 characters).</li>
 *   <li><b>Keywords</b> (Dutch and SEPA banks: Rabobank, ING, ABN AMRO): {@code /EREF/…/NAME/…/REMI/…}; the title is
 *       {@code REMI}, the name {@code NAME} (or the third part of {@code CNTP}), the account {@code IBAN}, the first
 *       part of {@code CNTP} or, as Rabobank writes it, the {@code :61:} supplementary details.</li>
 *   <li><b>Labelled free text</b> (mBank): a two- or three-digit code, then {@code LABEL: value} parts separated by
 *       {@code ;}: {@code TYT.:} title, {@code DLA:}/{@code OD:} name, {@code NA RACH.:}/{@code Z RACH.:}
 *       account.</li>
 *   <li><b>Free text</b> (ASN Bank and others): when the first line starts with an IBAN, that IBAN is the account and
 *       the rest of the line the name; the other lines are the title. Otherwise all of it is the title.</li>
 * </ul>
 */
final class Mt940Details {
  private static final Pattern IBAN_START = Pattern.compile("([A-Z]{2}[0-9]{2}[A-Z0-9]{8,30})(?: (.*))?");
  private static final Pattern ACCOUNT = Pattern.compile("(?:[A-Z]{2}[0-9]{2})?[A-Z0-9]{8,30}");
  private static final List<String> KEYWORDS = List.of("EREF", "PREF", "MARF", "CSID", "BENM", "ORDP", "NAME",
      "ADDR", "REMI", "ISDT", "RTRN", "CNTP", "IBAN", "BIC", "TRCD", "PURP", "SVCL", "BUSP", "ULTC", "ULTD", "ULTB",
      "EXCH", "CHGS", "RTYP", "CDTRREFTP", "CDTRREF", "ORIG", "ACCW", "ID");
  private static final Pattern MBANK_LABEL =
      Pattern.compile("(TYT\\.|DLA|OD|NA RACH\\.|Z RACH\\.|TNR|REF\\. KLIENTA|NAZWA ZOBOW\\.|ID UZUP\\.|NIP)\\s*:\\s*");

  private final String title;
  private final Optional<String> name;
  private final Optional<String> account;
  private final Optional<String> code;
  private final String information;

  private Mt940Details(String title, Optional<String> name, Optional<String> account, Optional<String> code,
      String information) {
    this.title = title;
    this.name = name;
    this.account = account;
    this.code = code;
    this.information = information;
  }

  String title() {
    return title;
  }

  Optional<String> counterpartyName() {
    return name;
  }

  Optional<String> counterpartyAccount() {
    return account;
  }

  /** The {@code :86:} transaction code (three characters before the subfields), if any. */
  Optional<String> code() {
    return code;
  }

  String information() {
    return information;
  }

  /**
   * Reads the text of a {@code :86:} field.
   *
   * @param text the field's lines joined with {@code '\n'} (empty when the line has no {@code :86:})
   * @param supplementary the {@code :61:} supplementary details (34x on its second line), or empty
   * @param customerReference the {@code :61:} customer reference
   * @return the details
   */
  static Mt940Details parse(String text, String supplementary, Optional<String> customerReference) {
    String information = supplementary.isEmpty() ? text : text.isEmpty() ? supplementary : supplementary + "\n" + text;
    String joined = joined(text);
    Mt940Details subfields = subfields(joined, information);
    if (subfields != null) {
      return subfields;
    }
    if (joined.startsWith("/") && keywordAt(joined, 0) != null || joined.contains("/NAME/")) {
      return keywords(joined, supplementary, information);
    }
    int space = joined.indexOf(' ');
    if ((space == 2 || space == 3) && isDigits(joined.substring(0, space)) && MBANK_LABEL.matcher(joined).find()) {
      return labelled(joined, space, information);
    }
    return freeText(text, supplementary, information);
  }

  /** Lines joined without a separator (SWIFT cuts lines at 65 characters); an empty line stands for a space. */
  private static String joined(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(line);
      }
    }
    return out.toString().trim();
  }

  private static Mt940Details subfields(String joined, String information) {
    int start;
    Optional<String> code;
    if (isSubfieldStart(joined, 0)) {
      start = 0;
      code = Optional.empty();
    } else if (joined.length() >= 6 && isSubfieldStart(joined, 3) && isCode(joined.substring(0, 3))) {
      start = 3;
      code = Optional.of(joined.substring(0, 3));
    } else {
      return null;
    }
    char separator = joined.charAt(start);
    Map<Integer, StringBuilder> fields = new LinkedHashMap<>();
    int i = start;
    while (i < joined.length()) {
      int key = Integer.parseInt(joined.substring(i + 1, i + 3));
      int next = i + 3;
      while (next < joined.length() && !(joined.charAt(next) == separator && isSubfieldStart(joined, next))) {
        next++;
      }
      fields.computeIfAbsent(key, k -> new StringBuilder()).append(joined, i + 3, next);
      i = next;
    }
    boolean german = separator == '?';
    String title = german ? collect(fields, 20, 29) + collect(fields, 60, 63) : collect(fields, 20, 25);
    String name = collect(fields, 32, 33);
    if (name.isBlank() && !german) {
      name = collect(fields, 27, 29);
    }
    String account;
    if (german) {
      account = collect(fields, 31, 31);
    } else {
      account = collect(fields, 38, 38);
      if (account.isBlank()) {
        account = collect(fields, 30, 31);
      }
    }
    if (title.isBlank()) {
      title = collect(fields, 0, 0);
    }
    return new Mt940Details(title.trim(), present(name), present(account.replace(" ", "")), code, information);
  }

  /** The subfields from {@code from} to {@code to}, in the order the bank wrote them. */
  private static String collect(Map<Integer, StringBuilder> fields, int from, int to) {
    StringBuilder out = new StringBuilder();
    fields.forEach((key, value) -> {
      if (key >= from && key <= to) {
        out.append(value);
      }
    });
    return out.toString();
  }

  private static boolean isSubfieldStart(String s, int i) {
    if (i + 3 > s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return (c == '^' || c == '<' || c == '~' || c == '?') && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2));
  }

  private static boolean isCode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && !(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  private static String keywordAt(String s, int i) {
    if (s.charAt(i) != '/') {
      return null;
    }
    for (String key : KEYWORDS) {
      int end = i + 1 + key.length();
      if (s.startsWith(key, i + 1) && end < s.length() && s.charAt(end) == '/') {
        return key;
      }
    }
    return null;
  }

  private static Mt940Details keywords(String joined, String supplementary, String information) {
    Map<String, String> values = new LinkedHashMap<>();
    List<int[]> marks = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < joined.length(); i++) {
      String key = keywordAt(joined, i);
      if (key != null) {
        marks.add(new int[] {i, i + key.length() + 2});
        keys.add(key);
        i += key.length();
      }
    }
    for (int k = 0; k < marks.size(); k++) {
      int from = marks.get(k)[1];
      int to = k + 1 < marks.size() ? marks.get(k + 1)[0] : joined.length();
      String value = from <= to ? joined.substring(from, to) : "";
      if (value.endsWith("/")) {
        value = value.substring(0, value.length() - 1);
      }
      values.merge(keys.get(k), value, (a, b) -> a.isEmpty() ? b : a);
    }
    String title = values.getOrDefault("REMI", "");
    if (title.startsWith("USTD//")) {
      title = title.substring(6);
    }
    Optional<String> name = present(values.getOrDefault("NAME", ""));
    Optional<String> account = present(values.getOrDefault("IBAN", ""));
    String counterparty = values.get("CNTP");
    if (counterparty != null) {
      String[] parts = counterparty.split("/", -1);
      if (account.isEmpty() && parts.length > 0) {
        account = present(parts[0]);
      }
      if (name.isEmpty() && parts.length > 2) {
        name = present(parts[2]);
      }
    }
    if (account.isEmpty() && ACCOUNT.matcher(supplementary).matches()) {
      account = Optional.of(supplementary);
    }
    return new Mt940Details(title.trim(), name, account, Optional.empty(), information);
  }

  private static Mt940Details labelled(String joined, int space, String information) {
    Optional<String> code = Optional.of(joined.substring(0, space));
    String title = "";
    String description = "";
    Optional<String> name = Optional.empty();
    Optional<String> account = Optional.empty();
    String[] parts = joined.substring(space + 1).split(";");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      var m = MBANK_LABEL.matcher(part);
      if (!m.lookingAt()) {
        if (i == 0) {
          description = part;
        }
        continue;
      }
      String value = part.substring(m.end()).trim();
      switch (m.group(1)) {
        case "TYT.":
          title = value;
          break;
        case "DLA":
        case "OD":
          name = present(value);
          break;
        case "NA RACH.":
        case "Z RACH.":
          account = present(value.replace(" ", ""));
          break;
        default:
          break;
      }
    }
    return new Mt940Details(title.isEmpty() ? description : title, name, account, code, information);
  }

  private static Mt940Details freeText(String text, String supplementary, String information) {
    String[] lines = text.split("\n", -1);
    var m = IBAN_START.matcher(lines[0].trim());
    if (m.matches()) {
      String rest = joined(String.join("\n", java.util.Arrays.asList(lines).subList(1, lines.length)));
      Optional<String> name = present(m.group(2) == null ? supplementary : m.group(2));
      return new Mt940Details(rest, name, Optional.of(m.group(1)), Optional.empty(), information);
    }
    return new Mt940Details(joined(text), Optional.empty(), Optional.empty(), Optional.empty(), information);
  }

  private static Optional<String> present(String s) {
    String t = s.trim();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
