package dev.backoffice.core.money;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Helpers Joda-Money lacks: summing with a single currency check, sign tests, exact construction at the
 * currency's scale, and locale-aware parsing and formatting of amounts such as {@code "1 234,56 zł"},
 * {@code "1,234.56 PLN"} or {@code "PLN 1234.56"}.
 */
public final class Monies {
  /** The Polish złoty. */
  public static final CurrencyUnit PLN = CurrencyUnit.of("PLN");
  /** The euro. */
  public static final CurrencyUnit EUR = CurrencyUnit.of("EUR");
  /** The US dollar. */
  public static final CurrencyUnit USD = CurrencyUnit.of("USD");

  /** The Polish locale, {@code pl-PL}. */
  public static final Locale POLISH = Locale.forLanguageTag("pl-PL");

  private static final Map<String, CurrencyUnit> SYMBOLS =
      Map.of("zł", PLN, "zl", PLN, "€", EUR, "$", USD, "£", CurrencyUnit.GBP, "CHF", CurrencyUnit.CHF);

  private Monies() {}

  /**
   * An amount from text, exactly: {@code Monies.of("PLN", "1234.50")}.
   *
   * @param currency ISO 4217 code
   * @param amount a plain decimal with at most the currency's decimal places
   * @return the money
   * @throws ValidationException for an unknown currency, a malformed number or too many decimals
   */
  public static Money of(String currency, String amount) {
    return of(currency(currency), decimal(amount, "amount"));
  }

  /**
   * An amount exactly at the currency's scale; more decimals than the currency has is an error, never a
   * silent rounding.
   *
   * @param currency the currency
   * @param amount the amount
   * @return the money
   * @throws ValidationException if the amount has more decimals than the currency
   */
  public static Money of(CurrencyUnit currency, BigDecimal amount) {
    Checks.notNull(currency, "currency");
    Checks.notNull(amount, "amount");
    try {
      return Money.of(currency, amount);
    } catch (ArithmeticException e) {
      throw new ValidationException(
          "amount", amount.toPlainString() + " " + currency,
          "must have at most " + currency.getDecimalPlaces() + " decimal places");
    }
  }

  /**
   * A currency by its ISO 4217 code.
   *
   * @param code e.g. {@code "PLN"}
   * @return the currency
   * @throws ValidationException for an unknown code
   */
  public static CurrencyUnit currency(String code) {
    Checks.notNull(code, "currency");
    try {
      return CurrencyUnit.of(code.trim());
    } catch (IllegalCurrencyException e) {
      throw new ValidationException("currency", code, "must be a known ISO 4217 currency code");
    }
  }

  /**
   * The sum of amounts that must all be in one currency; zero for no amounts.
   *
   * @param currency the currency every amount must have
   * @param amounts the amounts
   * @return the exact sum
   * @throws ValidationException naming the index of the first amount in another currency
   */
  public static Money sum(CurrencyUnit currency, Iterable<Money> amounts) {
    Checks.notNull(currency, "currency");
    Checks.notNull(amounts, "amounts");
    long minor = 0;
    BigDecimal big = null;
    int index = 0;
    for (Money m : amounts) {
      Checks.notNull(m, "amounts[" + index + "]");
      if (!m.getCurrencyUnit().equals(currency)) {
        throw new ValidationException("amounts[" + index + "]", m, "must be in " + currency);
      }
      if (big == null) {
        try {
          minor = Math.addExact(minor, m.getAmountMinorLong());
        } catch (ArithmeticException overflow) {
          big = BigDecimal.valueOf(minor).movePointLeft(currency.getDecimalPlaces()).add(m.getAmount());
        }
      } else {
        big = big.add(m.getAmount());
      }
      index++;
    }
    return big != null ? Money.of(currency, big) : Money.ofMinor(currency, minor);
  }

  /**
   * The sum of intermediate amounts in one currency, unrounded.
   *
   * @param currency the currency every amount must have
   * @param amounts the amounts
   * @return the exact sum
   */
  public static BigMoney sumBig(CurrencyUnit currency, Iterable<BigMoney> amounts) {
    Checks.notNull(currency, "currency");
    Checks.notNull(amounts, "amounts");
    BigMoney total = BigMoney.zero(currency);
    int index = 0;
    for (BigMoney m : amounts) {
      Checks.notNull(m, "amounts[" + index + "]");
      if (!m.getCurrencyUnit().equals(currency)) {
        throw new ValidationException("amounts[" + index + "]", m, "must be in " + currency);
      }
      total = total.plus(m);
      index++;
    }
    return total;
  }

  /**
   * True when the amount is zero.
   *
   * @param money the amount
   * @return whether it is zero
   */
  public static boolean isZero(Money money) {
    return money.isZero();
  }

  /**
   * The sign of an amount: -1, 0 or 1.
   *
   * @param money the amount
   * @return its signum
   */
  public static int signum(Money money) {
    return money.getAmount().signum();
  }

  /**
   * Throws unless the amount is in the expected currency.
   *
   * @param money the amount
   * @param currency the expected currency
   * @param field the field name for the message
   * @return the amount
   */
  public static Money requireCurrency(Money money, CurrencyUnit currency, String field) {
    Checks.notNull(money, field);
    Checks.check(money.getCurrencyUnit().equals(currency), field, money, "must be in " + currency);
    return money;
  }

  /**
   * Parses an amount with its currency, reading digits the way the locale writes them.
   *
   * <p>The currency may stand before or after the number, as an ISO code ({@code PLN}, {@code EUR}) or a
   * symbol ({@code zł}, {@code €}, {@code $}, {@code £}). The number uses the locale's decimal separator
   * and optional grouping in threes: in Polish {@code "1 234,56"} (space, no-break space or narrow no-break
   * space), in English {@code "1,234.56"}. A leading minus ({@code -} or {@code −}) makes it negative.
   * More decimals than the currency allows is an error, never rounded.
   *
   * @param text the text, e.g. {@code "1 234,56 zł"}, {@code "1,234.56 PLN"}, {@code "PLN 1234.56"}
   * @param locale the locale whose separators the number uses
   * @return the amount
   * @throws ValidationException naming the text and what is wrong with it
   */
  public static Money parse(String text, Locale locale) {
    Checks.notNull(text, "text");
    Checks.notNull(locale, "locale");
    String s = stripSpaces(text);
    // a minus before a leading currency symbol ("-$1,234.56", as java.text writes it) negates the amount
    boolean negated = s.length() > 1 && (s.charAt(0) == '-' || s.charAt(0) == '−') && !startsLikeNumber(s.substring(1));
    if (negated) {
      s = stripSpaces(s.substring(1));
    }
    CurrencyUnit currency = null;
    String number = s;
    int split = splitPoint(s);
    if (split < 0) {
      throw new ValidationException("text", text, "must contain a currency code or symbol and a number");
    }
    String head = stripSpaces(s.substring(0, split));
    String tail = stripSpaces(s.substring(split));
    if (startsLikeNumber(head)) {
      number = head;
      currency = currencyToken(tail, text);
    } else {
      currency = currencyToken(head, text);
      number = tail;
    }
    if (negated && startsLikeNumber(number) && !Character.isDigit(number.charAt(0))) {
      throw new ValidationException("text", text, "must have at most one sign");
    }
    BigDecimal amount = parseNumber(number, locale, text);
    if (amount.scale() > currency.getDecimalPlaces()) {
      throw new ValidationException(
          "text", text, "must have at most " + currency.getDecimalPlaces() + " decimal places for " + currency);
    }
    return Money.of(currency, negated ? amount.negate() : amount);
  }

  /** Strips white space and the (narrow) no-break spaces that {@link String#strip()} keeps. */
  private static String stripSpaces(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Formats an amount the way the locale writes it, with the ISO code after the number in English
   * ({@code "1,234.56 PLN"}) and the symbol {@code zł} after it in Polish ({@code "1 234,56 zł"}).
   * {@link #parse(String, Locale)} reads the result back to an equal amount.
   *
   * @param money the amount
   * @param locale the locale
   * @return the text
   */
  public static String format(Money money, Locale locale) {
    Checks.notNull(money, "money");
    Checks.notNull(locale, "locale");
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    char decimalSep = symbols.getMonetaryDecimalSeparator();
    char groupSep = groupingSeparator(locale);
    BigDecimal amount = money.getAmount();
    String plain = amount.abs().toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    String fracPart = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder sb = new StringBuilder();
    if (amount.signum() < 0) {
      sb.append('-');
    }
    for (int i = 0; i < intPart.length(); i++) {
      if (i > 0 && (intPart.length() - i) % 3 == 0) {
        sb.append(groupSep);
      }
      sb.append(intPart.charAt(i));
    }
    if (!fracPart.isEmpty()) {
      sb.append(decimalSep).append(fracPart);
    }
    String unit =
        money.getCurrencyUnit().equals(PLN) && "pl".equals(locale.getLanguage()) ? "zł" : money.getCurrencyUnit().getCode();
    return sb.append(' ').append(unit).toString();
  }

  private static char groupingSeparator(Locale locale) {
    char g = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
    // CLDR writes a (narrow) no-break space in Polish and French; we print a plain space, and read all three.
    return Character.isSpaceChar(g) ? ' ' : g;
  }

  private static boolean startsLikeNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return Character.isDigit(c) || c == '-' || c == '−' || c == '+';
  }

  /** The index between the currency token and the number, or -1 when there is no such boundary. */
  private static int splitPoint(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    if (startsLikeNumber(s)) {
      // number first: it ends at the first letter or currency symbol
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isLetter(c) || c == '€' || c == '$' || c == '£') {
          return i;
        }
      }
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || c == '-' || c == '−' || c == '+') {
        return i;
      }
    }
    return -1;
  }

  private static CurrencyUnit currencyToken(String token, String text) {
    CurrencyUnit symbol = SYMBOLS.get(token);
    if (symbol != null) {
      return symbol;
    }
    if (token.length() == 3 && token.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
      try {
        return CurrencyUnit.of(token);
      } catch (IllegalCurrencyException e) {
        throw new ValidationException("text", text, "names unknown currency '" + token + "'");
      }
    }
    throw new ValidationException("text", text, "has '" + token + "' where an ISO currency code or symbol must stand");
  }

  private static BigDecimal parseNumber(String number, Locale locale, String text) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    char decimalSep = symbols.getMonetaryDecimalSeparator();
    char groupSep = symbols.getGroupingSeparator();
    boolean spaceGrouping = Character.isSpaceChar(groupSep);
    String s = number;
    boolean negative = false;
    if (s.startsWith("-") || s.startsWith("−")) {
      negative = true;
      s = s.substring(1);
    } else if (s.startsWith("+")) {
      s = s.substring(1);
    }
    int decimalAt = s.indexOf(decimalSep);
    String intPart = decimalAt < 0 ? s : s.substring(0, decimalAt);
    String fracPart = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
    if (decimalAt >= 0 && fracPart.isEmpty()) {
      throw new ValidationException("text", text, "must have digits after the decimal separator '" + decimalSep + "'");
    }
    if (!fracPart.chars().allMatch(Character::isDigit)) {
      throw new ValidationException("text", text, "must have only digits after the decimal separator '" + decimalSep + "'");
    }
    StringBuilder digits = new StringBuilder();
    int groupLen = -1;
    boolean grouped = false;
    for (int i = 0; i < intPart.length(); i++) {
      char c = intPart.charAt(i);
      if (Character.isDigit(c)) {
        digits.append(c);
        if (groupLen >= 0) {
          groupLen++;
        }
      } else if (c == groupSep || (spaceGrouping && Character.isSpaceChar(c))) {
        if (digits.length() == 0 || (grouped && groupLen != 3) || (!grouped && digits.length() > 3)) {
          throw new ValidationException("text", text, "must group digits in threes with '" + groupSep + "'");
        }
        grouped = true;
        groupLen = 0;
      } else {
        throw new ValidationException(
            "text", text, "has '" + c + "' where a digit, '" + decimalSep + "' or a grouping separator must stand");
      }
    }
    if (digits.length() == 0 || (grouped && groupLen != 3)) {
      throw new ValidationException("text", text, "must be a number such as " + format(Money.of(PLN, new BigDecimal("1234.56"), RoundingMode.UNNECESSARY), locale));
    }
    BigDecimal value = new BigDecimal(fracPart.isEmpty() ? digits.toString() : digits + "." + fracPart);
    return negative ? value.negate() : value;
  }

  /**
   * Parses a plain decimal ({@code "-1234.50"}), naming the field on failure.
   *
   * @param text the text
   * @param field the field name for the message
   * @return the number
   */
  public static BigDecimal decimal(@Nullable String text, String field) {
    Checks.notNull(text, field);
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new ValidationException(field, text, "must be a plain decimal number such as -1234.50");
    }
  }
}
