package dev.backoffice.ledger.bank;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.io.Serializable;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An International Bank Account Number (ISO 13616): a country code, two check digits and the country's account
 * number (BBAN), checked by the ISO 7064 MOD 97-10 rule (the number moved to start after the BBAN, letters as
 * 10–35, leaves 1 when divided by 97) and, for the countries listed in {@link #lengthOf(String)}, by its length.
 *
 * <p>A Polish account number (NRB, numer rachunku bankowego) is the Polish IBAN without {@code PL}: 26 digits, the
 * first two the check digits, the next eight the bank's sort code (numer rozliczeniowy). {@link #parse(String,
 * String)} accepts both, with spaces or dashes between groups.
 */
public final class Iban implements Comparable<Iban>, Serializable {
  private static final long serialVersionUID = 1L;

  /** IBAN lengths by country (SWIFT IBAN registry) for the countries whose length this class checks. */
  private static final Map<String, Integer> LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
      Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
      Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GR", 27),
      Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27),
      Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27),
      Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
      Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
      Map.entry("UA", 29));

  private final String value;

  private Iban(String value) {
    this.value = value;
  }

  /**
   * Parses an IBAN or a 26-digit Polish NRB.
   *
   * @param field the field being read, named in the error ({@code "creditorAccount"})
   * @param text the number, spaces and dashes allowed between groups, letters in either case
   * @return the IBAN in electronic form
   * @throws ValidationException naming the field and the value if it is not a valid IBAN or NRB
   */
  public static Iban parse(String field, String text) {
    Checks.notNull(text, field);
    String problem = problem(text);
    if (problem != null) {
      throw new ValidationException(field, text, problem);
    }
    return new Iban(normalise(text));
  }

  /**
   * Parses an IBAN or a 26-digit Polish NRB, naming the field {@code "iban"} in errors.
   *
   * @param text the number
   * @return the IBAN
   * @throws ValidationException if it is not a valid IBAN or NRB
   */
  public static Iban parse(String text) {
    return parse("iban", text);
  }

  /**
   * Whether the text is a valid IBAN or NRB.
   *
   * @param text the number
   * @return true when {@link #parse(String)} would accept it
   */
  public static boolean isValid(@Nullable String text) {
    return text != null && problem(text) == null;
  }

  /**
   * The IBAN length of a country, when this class knows it.
   *
   * @param country the ISO 3166 two-letter code
   * @return the length, or 0 when unknown (then only the general rule, 15 to 34 characters, is checked)
   */
  public static int lengthOf(String country) {
    return LENGTHS.getOrDefault(country, 0);
  }

  private static String normalise(String text) {
    String s = text.replace(" ", "").replace("-", "").toUpperCase(java.util.Locale.ROOT);
    return s.length() == 26 && allDigits(s) ? "PL" + s : s;
  }

  private static @Nullable String problem(String text) {
    String s = normalise(text);
    if (s.isEmpty()) {
      return "must be an IBAN or a 26-digit NRB";
    }
    if (allDigits(s)) {
      return "must be an IBAN (two letters, two check digits, the account) or an NRB of exactly 26 digits, not "
          + s.length() + " digits";
    }
    if (s.length() < 5 || !Character.isLetter(s.charAt(0)) || !Character.isLetter(s.charAt(1))
        || s.charAt(0) > 'Z' || s.charAt(1) > 'Z' || !isDigit(s.charAt(2)) || !isDigit(s.charAt(3))) {
      return "must start with a two-letter country code and two check digits";
    }
    for (int i = 4; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && !(c >= 'A' && c <= 'Z')) {
        return "must contain only letters and digits after the country code";
      }
    }
    int expected = lengthOf(s.substring(0, 2));
    if (expected != 0 && s.length() != expected) {
      return "must have " + expected + " characters for " + s.substring(0, 2) + ", not " + s.length();
    }
    if (s.length() < 15 || s.length() > 34) {
      return "must have 15 to 34 characters (ISO 13616)";
    }
    if (s.startsWith("PL") && !allDigits(s.substring(2))) {
      return "must have 26 digits after PL";
    }
    if (mod97(s) != 1) {
      return "must pass the ISO 13616 check (mod 97 = 1): the check digits do not match the account";
    }
    return null;
  }

  /** ISO 7064 MOD 97-10 of the IBAN rearranged: BBAN, then country code and check digits, letters as numbers. */
  static int mod97(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    int remainder = 0;
    for (int i = 0; i < rearranged.length(); i++) {
      char c = rearranged.charAt(i);
      if (isDigit(c)) {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return remainder;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** The IBAN in electronic form: upper case, no spaces ({@code "PL61109010140000071219812874"}). */
  public String value() {
    return value;
  }

  /** The ISO 3166 country code ({@code "PL"}). */
  public String country() {
    return value.substring(0, 2);
  }

  /** Whether this is a Polish account. */
  public boolean isPolish() {
    return country().equals("PL");
  }

  /**
   * The Polish account number (NRB): the IBAN without {@code PL}.
   *
   * @return the 26 digits
   * @throws ValidationException if the account is not Polish
   */
  public String nrb() {
    Checks.check(isPolish(), "iban", value, "must be a Polish account to have an NRB");
    return value.substring(2);
  }

  /**
   * The Polish bank's sort code (numer rozliczeniowy): digits 3–10 of the NRB.
   *
   * @return 8 digits
   * @throws ValidationException if the account is not Polish
   */
  public String sortCode() {
    return nrb().substring(2, 10);
  }

  /** The paper form, in groups of four: {@code "PL61 1090 1014 0000 0712 1981 2874"}. */
  public String formatted() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i += 4) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(value, i, Math.min(i + 4, value.length()));
    }
    return out.toString();
  }

  @Override
  public int compareTo(Iban o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Iban && ((Iban) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The electronic form. */
  @Override
  public String toString() {
    return value;
  }
}
