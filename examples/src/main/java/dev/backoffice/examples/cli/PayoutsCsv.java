package dev.backoffice.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.absence.AbsenceDeduction;
import dev.backoffice.payroll.absence.AbsenceKind;
import dev.backoffice.payroll.absence.AbsencePeriod;
import dev.backoffice.payroll.absence.ImmutableMonthAbsence;
import dev.backoffice.payroll.absence.MonthAbsence;
import dev.backoffice.payroll.absence.SickDays;
import dev.backoffice.payroll.absence.SickLeave;
import dev.backoffice.payroll.absence.SicknessBase;
import dev.backoffice.payroll.absence.WorkingTimeCalendar;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.ImmutableEmployeeTerms;
import dev.backoffice.payroll.calc.ImmutableMonthInput;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.Payout;
import dev.backoffice.payroll.calc.PpkRates;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.calc.TaxRelief;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the payouts file of {@code payroll-run} (RFC 4180, read with Commons CSV): a header row naming at least
 * {@code employee,contract,year,month,paid,gross} and any of {@code no_pit2,elevated_costs,ppk,under_26,fte,rate,
 * sick_days,unpaid_days}, in any order; one payout per row, rows in any order. An absent column or an empty cell
 * is the {@code payroll} command's default. A bad cell is an error naming {@code file:line:column}.
 *
 * <p>{@code sick_days} are the first days of the month on sick leave, {@code unpaid_days} the days after them on
 * unpaid leave: the month's pay is reduced as {@link AbsenceDeduction} computes (1/30 of the rate a day of
 * illness, the hourly method for unpaid leave), and an employment contract gets sick pay ({@link SickLeave}) on a
 * base of the month's rate (or gross) less 13.71 %, counting the person's earlier sick days of the year against
 * the 33-day limit.
 */
final class PayoutsCsv {
  static final ImmutableList<String> REQUIRED = ImmutableList.of("employee", "contract", "year", "month", "paid", "gross");
  static final ImmutableSet<String> OPTIONAL = ImmutableSet.of("no_pit2", "elevated_costs", "ppk", "under_26", "fte", "rate",
      "sick_days", "unpaid_days");
  private static final Rate EMPLOYEE_SOCIAL = Rate.ofPercent("13.71");

  /** A payout read and the line it came from. */
  record Row(Payout payout, long line) {}

  private final String file;
  private final Map<String, Integer> column = new HashMap<>();
  /** Sick days counted so far per employee and year, for the yearly limit of employer sick pay. */
  private final Map<String, Integer> sickDaysSoFar = new HashMap<>();

  private PayoutsCsv(String file) {
    this.file = file;
  }

  /**
   * The payouts of a file, in file order.
   *
   * @throws BackOfficeException naming file:line:column for a bad header or cell, or the file for a read error
   */
  static ImmutableList<Row> read(Path path) {
    PayoutsCsv csv = new PayoutsCsv(path.toString());
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setCommentMarker('#').setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
      csv.header(parser.getHeaderNames(), parser.getCurrentLineNumber());
      ImmutableList.Builder<Row> out = ImmutableList.builder();
      for (CSVRecord r : parser) {
        long line = parser.getCurrentLineNumber();
        out.add(new Row(csv.row(r, line), line));
      }
      return out.build();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new BackOfficeException(path + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BackOfficeException(path + ": not a CSV file with a header row: " + e.getMessage(), e);
    }
  }

  private void header(List<String> names, long line) {
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      if (!REQUIRED.contains(n) && !OPTIONAL.contains(n)) {
        throw error(line, i, "unknown column '" + n + "'; expected " + REQUIRED + " and optionally " + OPTIONAL);
      }
      column.put(n, i);
    }
    for (String n : REQUIRED) {
      if (!column.containsKey(n)) {
        throw new BackOfficeException(file + ":" + Math.max(1, line) + ": missing column '" + n + "'; the header needs " + REQUIRED);
      }
    }
  }

  private Payout row(CSVRecord r, long line) {
    String employee = required(r, line, "employee");
    ContractType contract;
    try {
      contract = ContractType.parse(required(r, line, "contract"));
    } catch (ValidationException e) {
      throw cell(line, "contract", "'" + r.get("contract") + "' is not a contract: expected employment, mandate or specific-task");
    }
    int year = integer(r, line, "year", 2000, 2200);
    int month = integer(r, line, "month", 1, 12);
    LocalDate paid;
    try {
      paid = LocalDate.parse(required(r, line, "paid"));
    } catch (DateTimeParseException e) {
      throw cell(line, "paid", "'" + r.get("paid") + "' is not a date YYYY-MM-DD");
    }
    Money gross = amount(r, line, "gross");
    ImmutableEmployeeTerms.Builder t = EmployeeTerms.builder().employeeId(employee).contract(contract)
        .taxReduction(flag(r, line, "no_pit2") ? TaxReduction.NONE : TaxReduction.ONE_PAYER)
        .elevatedCosts(flag(r, line, "elevated_costs"));
    if (flag(r, line, "ppk")) {
      t.ppk(PpkRates.basic());
    }
    if (flag(r, line, "under_26")) {
      t.addDeclaredReliefs(TaxRelief.YOUTH);
    }
    String fte = cellOf(r, "fte");
    if (fte != null) {
      try {
        t.workingTime(new Converters.Fraction().convert(fte));
      } catch (TypeConversionException e) {
        throw cell(line, "fte", e.getMessage());
      }
    }
    Money rate = cellOf(r, "rate") == null ? null : amount(r, line, "rate");
    if (rate != null) {
      t.monthlyRate(rate);
    }
    EmployeeTerms terms;
    try {
      terms = t.build();
    } catch (ValidationException e) {
      throw cell(line, columnOf(e.field()), e.rule());
    }
    ImmutableMonthInput.Builder in = MonthInput.builder().from(MonthInput.of(year, month, gross));
    absences(r, line, terms, in, rate != null ? rate : gross);
    try {
      return Payout.of(terms, in.build(), paid);
    } catch (ValidationException e) {
      throw cell(line, columnOf(e.field()), e.rule());
    }
  }

  private void absences(CSVRecord r, long line, EmployeeTerms terms, ImmutableMonthInput.Builder in, Money rate) {
    int sick = cellOf(r, "sick_days") == null ? 0 : integer(r, line, "sick_days", 0, 31);
    int unpaid = cellOf(r, "unpaid_days") == null ? 0 : integer(r, line, "unpaid_days", 0, 31);
    if (sick == 0 && unpaid == 0) {
      return;
    }
    MonthInput base = in.build();
    YearMonth month = YearMonth.of(base.year(), base.month());
    if (sick + unpaid > month.lengthOfMonth()) {
      throw cell(line, unpaid > 0 ? "unpaid_days" : "sick_days", "sick_days + unpaid_days = " + (sick + unpaid)
          + " is more than the " + month.lengthOfMonth() + " days of " + month);
    }
    if (terms.contract() != ContractType.EMPLOYMENT) {
      throw cell(line, sick > 0 ? "sick_days" : "unpaid_days", "absences apply only to an employment contract (this is "
          + terms.contract().id() + ")");
    }
    try {
      ImmutableMonthAbsence.Builder a = MonthAbsence.builder().month(month).monthlyRate(rate).fte(terms.workingTime());
      if (sick > 0) {
        a.addPeriods(AbsencePeriod.of(month.atDay(1), month.atDay(sick), AbsenceKind.SICKNESS));
      }
      if (unpaid > 0) {
        a.addPeriods(AbsencePeriod.of(month.atDay(sick + 1), month.atDay(sick + unpaid), AbsenceKind.UNPAID));
      }
      in.unpaidAbsence(AbsenceDeduction.of(a.build(), WorkingTimeCalendar.polish()).total());
      if (sick > 0) {
        String key = terms.employeeId() + " " + base.year();
        int before = sickDaysSoFar.getOrDefault(key, 0);
        sickDaysSoFar.put(key, before + sick);
        SickLeave leave = SickLeave.of(SickDays.builder().year(base.year()).days(sick).daysUsedBefore(before)
            .base(SicknessBase.of(List.of(rate), EMPLOYEE_SOCIAL)).birthDate(terms.birthDate()).build());
        in.addAllSickPay(leave.sickPay());
      }
    } catch (ValidationException e) {
      throw cell(line, sick > 0 ? "sick_days" : "unpaid_days", e.getMessage());
    }
  }

  private static @Nullable String cellOf(CSVRecord r, String name) {
    if (!r.isMapped(name) || !r.isSet(name)) {
      return null;
    }
    String v = r.get(name);
    return v.isEmpty() ? null : v;
  }

  private String required(CSVRecord r, long line, String name) {
    String v = cellOf(r, name);
    if (v == null) {
      throw cell(line, name, name + " must not be empty");
    }
    return v;
  }

  private int integer(CSVRecord r, long line, String name, int min, int max) {
    String v = required(r, line, name);
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw cell(line, name, "'" + v + "' is not a whole number from " + min + " to " + max);
  }

  private Money amount(CSVRecord r, long line, String name) {
    try {
      return new Converters.Pln().convert(required(r, line, name));
    } catch (TypeConversionException e) {
      throw cell(line, name, e.getMessage());
    }
  }

  private boolean flag(CSVRecord r, long line, String name) {
    String v = cellOf(r, name);
    if (v == null) {
      return false;
    }
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw cell(line, name, "'" + v + "' is not true or false");
  }

  /** The CSV column a library field came from. */
  private static String columnOf(String field) {
    switch (field) {
      case "employeeId":
        return "employee";
      case "workingTime":
        return "fte";
      case "monthlyRate":
        return "rate";
      case "paymentDate":
        return "paid";
      case "elevatedCosts":
        return "elevated_costs";
      case "ppk":
        return "ppk";
      case "month":
        return "month";
      default:
        return "contract";
    }
  }

  private BackOfficeException cell(long line, String name, @Nullable String message) {
    return error(line, column.getOrDefault(name, 0), name + ": " + message);
  }

  private BackOfficeException error(long line, int index, String message) {
    return new BackOfficeException(file + ":" + line + ":" + (index + 1) + ": " + message);
  }
}
