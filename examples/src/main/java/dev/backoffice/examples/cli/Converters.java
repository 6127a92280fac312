package dev.backoffice.examples.cli;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.MinimumPayCheck;
import dev.backoffice.payroll.calc.PpkRevenueTiming;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.Money;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters; a value they reject is bad usage (exit 2) with a message naming what was expected. */
final class Converters {
  private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{2})[-/](\\d{2})");
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");
  private static final Pattern FRACTION = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,6})?)(?:/(\\d{1,3}))?");
  private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(\\.\\d{1,4})?%?");

  private Converters() {}

  /** A date {@code YYYY-MM-DD} (or {@code YYYY/MM/DD}, as in journals). */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      Matcher m = DATE.matcher(value);
      if (m.matches() && value.charAt(4) == value.charAt(7)) {
        try {
          return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
          throw new TypeConversionException("'" + value + "' is not a valid date: " + e.getMessage());
        }
      }
      throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
    }
  }

  /** An amount in złoty, a plain decimal with at most two decimal places ({@code 8000}, {@code 8000.00}). */
  static final class Pln implements ITypeConverter<Money> {
    @Override
    public Money convert(String value) {
      if (!AMOUNT.matcher(value).matches()) {
        throw new TypeConversionException("'" + value + "' is not an amount in PLN such as 8000.00 (digits, at most two"
            + " decimal places, no sign or thousands separator)");
      }
      return Money.of(Monies.PLN, new BigDecimal(value));
    }
  }

  /** A percentage such as {@code 1.67} (a trailing {@code %} is allowed). */
  static final class Percent implements ITypeConverter<Rate> {
    @Override
    public Rate convert(String value) {
      if (!PERCENT.matcher(value).matches()) {
        throw new TypeConversionException("'" + value + "' is not a percentage such as 1.67");
      }
      String digits = value.endsWith("%") ? value.substring(0, value.length() - 1) : value;
      return Rate.ofPercent(new BigDecimal(digits));
    }
  }

  /** A contract: {@code employment}, {@code mandate} or {@code specific-task}. */
  static final class Contract implements ITypeConverter<ContractType> {
    @Override
    public ContractType convert(String value) {
      try {
        return ContractType.parse(value);
      } catch (ValidationException e) {
        throw new TypeConversionException("'" + value + "' is not a contract: expected employment, mandate or specific-task");
      }
    }
  }

  /** A fraction of full time: a decimal ({@code 0.5}) or a ratio ({@code 1/2}), above 0 and at most 1. */
  static final class Fraction implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      Matcher m = FRACTION.matcher(value);
      if (m.matches() && (m.group(2) == null || Integer.parseInt(m.group(2)) != 0)) {
        BigDecimal v = m.group(2) == null ? new BigDecimal(m.group(1))
            : new BigDecimal(m.group(1)).divide(new BigDecimal(m.group(2)), 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        if (v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0) {
          return v;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a working-time fraction above 0 and at most 1, such as 0.5 or 1/2");
    }
  }

  /** What to do with pay below the minimum: {@code warn} or {@code reject}. */
  static final class MinimumPay implements ITypeConverter<MinimumPayCheck> {
    @Override
    public MinimumPayCheck convert(String value) {
      switch (value) {
        case "warn":
          return MinimumPayCheck.WARN;
        case "reject":
          return MinimumPayCheck.REJECT;
        default:
          throw new TypeConversionException("'" + value + "' is not warn or reject");
      }
    }
  }

  /** When the employer's PPK contribution is taxed: {@code with-pay} or {@code when-paid}. */
  static final class PpkRevenue implements ITypeConverter<PpkRevenueTiming> {
    @Override
    public PpkRevenueTiming convert(String value) {
      switch (value) {
        case "with-pay":
          return PpkRevenueTiming.WITH_PAY;
        case "when-paid":
          return PpkRevenueTiming.WHEN_PAID_TO_FUND;
        default:
          throw new TypeConversionException("'" + value + "' is not with-pay or when-paid");
      }
    }
  }
}
