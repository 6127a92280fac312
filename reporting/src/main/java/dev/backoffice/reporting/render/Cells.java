package dev.backoffice.reporting.render;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/** Turns cells into text: for people (localized numbers) or for machines (plain decimals, ISO dates). */
final class Cells {
  private Cells() {}

  /** The machine form: plain decimals ({@code -1234.50}), ISO dates, the machine text, empty for null. */
  static String machine(@Nullable Object cell, Language language) {
    if (cell == null) {
      return "";
    } else if (cell instanceof Money) {
      return ((Money) cell).getAmount().toPlainString();
    } else if (cell instanceof BigDecimal) {
      return ((BigDecimal) cell).toPlainString();
    } else if (cell instanceof Text) {
      return ((Text) cell).forMachine(language);
    }
    return cell.toString();
  }

  /**
   * The human form: numbers with the locale's decimal separator and grouping in threes (a space, or a
   * no-break space in HTML, where the locale groups with a space), labels in the language, ISO dates.
   */
  static String human(@Nullable Object cell, RenderOptions options, boolean html) {
    if (cell == null) {
      return "";
    } else if (cell instanceof Money) {
      return number(((Money) cell).getAmount(), options.locale(), html);
    } else if (cell instanceof BigDecimal) {
      return number((BigDecimal) cell, options.locale(), html);
    } else if (cell instanceof Text) {
      return ((Text) cell).in(options.language());
    } else if (cell instanceof LocalDate) {
      return cell.toString();
    }
    return cell.toString();
  }

  static String number(BigDecimal value, Locale locale, boolean html) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    char group = symbols.getGroupingSeparator();
    if (Character.isSpaceChar(group)) {
      group = html ? '\u00a0' : ' ';
    }
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    if (value.signum() < 0) {
      sb.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(group);
      }
      sb.append(whole.charAt(i));
    }
    if (dot >= 0) {
      sb.append(symbols.getDecimalSeparator()).append(plain, dot + 1, plain.length());
    }
    return sb.toString();
  }
}
