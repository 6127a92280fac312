package dev.backoffice.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.payroll.calc.MinimumPayCheck;
import dev.backoffice.payroll.calc.Payout;
import dev.backoffice.payroll.calc.PayoutHistory;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.PayrollWarning;
import dev.backoffice.payroll.declaration.DeclarationFormat;
import dev.backoffice.payroll.declaration.DeclarationRenderer;
import dev.backoffice.payroll.declaration.Dra;
import dev.backoffice.payroll.declaration.Pit11;
import dev.backoffice.payroll.declaration.RcaEntry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice payroll-run}: the payouts of a CSV file ({@link PayoutsCsv}), each person's computed in
 * payment-date order with the law of the payment date ({@link PayrollCalculator#pay}). One output row per payout,
 * sorted by employee, payment date and period worked: {@code employee,year,month,paid} and the {@code payroll}
 * command's amounts. {@code json} (default): an array of objects; {@code csv}: a header and one row per payout.
 * With {@code --summary pit-11} the PIT-11 figures of every person and tax year instead, with {@code --summary dra}
 * the DRA and RCA of every payment month. Warnings (pay below the minimum) go to standard error.
 */
@Command(
    name = "payroll-run",
    mixinStandardHelpOptions = true,
    description = {
        "Calculates the payouts of a CSV file (employee,contract,year,month,paid,gross and optional columns)",
        "by payment date: the tax year, the ZUS month and every annual limit follow the day paid."})
final class PayrollRunCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The payouts CSV file.")
  private Path file;

  @Option(names = "--summary", paramLabel = "KIND", converter = SummaryConverter.class,
      description = "pit-11 (per person and tax year) or dra (DRA and RCA per payment month) instead of the payouts.")
  private @Nullable Summary summary;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default) or csv.")
  private Format format;

  @Option(names = "--minimum-pay", paramLabel = "CHECK", defaultValue = "warn", converter = Converters.MinimumPay.class,
      description = "Pay below the minimum wage or the minimum hourly rate: warn (default, on standard error) or reject.")
  private MinimumPayCheck minimumPay = MinimumPayCheck.WARN;

  PayrollRunCommand() {}

  /** What {@code --summary} prints. */
  enum Summary {
    PIT_11, DRA
  }

  /** {@code pit-11} or {@code dra}. */
  static final class SummaryConverter implements picocli.CommandLine.ITypeConverter<Summary> {
    @Override
    public Summary convert(String value) {
      switch (value) {
        case "pit-11":
          return Summary.PIT_11;
        case "dra":
          return Summary.DRA;
        default:
          throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not pit-11 or dra");
      }
    }
  }

  @Override
  public Integer call() {
    Commands.requireFormat(spec, format, EnumSet.of(Format.JSON, Format.CSV));
    Commands.requireReadable(file);
    ImmutableList<PayoutsCsv.Row> rows = PayoutsCsv.read(file);
    List<String> warnings = new ArrayList<>();
    List<PayoutResult> results = calculate(rows, warnings);
    StringBuilder sb = new StringBuilder(256 + 512 * results.size());
    if (summary == null) {
      payouts(sb, results);
    } else if (summary == Summary.PIT_11) {
      TreeSet<Integer> years = new TreeSet<>();
      for (PayoutResult r : results) {
        years.add(r.taxYear());
      }
      List<Pit11> forms = new ArrayList<>();
      for (int y : years) {
        forms.addAll(Pit11.ofAll(y, results));
      }
      sb.append(DeclarationRenderer.pit11(forms, declarationFormat()));
    } else {
      dra(sb, results);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.append(sb);
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    for (String w : warnings) {
      err.append("warning: ").append(w).append('\n');
    }
    err.flush();
    return 0;
  }

  /** Each person's payouts in payment-date order (then period, then file order), sorted by person for output. */
  private List<PayoutResult> calculate(List<PayoutsCsv.Row> rows, List<String> warnings) {
    PayrollCalculator calc = PayrollCalculator.standard().withMinimumPayCheck(minimumPay);
    Map<String, List<PayoutsCsv.Row>> byPerson = new TreeMap<>();
    for (PayoutsCsv.Row r : rows) {
      byPerson.computeIfAbsent(r.payout().employeeId(), k -> new ArrayList<>()).add(r);
    }
    List<PayoutResult> out = new ArrayList<>(rows.size());
    for (Map.Entry<String, List<PayoutsCsv.Row>> e : byPerson.entrySet()) {
      List<PayoutsCsv.Row> own = e.getValue();
      own.sort(Comparator.comparing((PayoutsCsv.Row r) -> r.payout().paymentDate()).thenComparing(r -> r.payout().period())
          .thenComparingLong(PayoutsCsv.Row::line));
      PayoutHistory history = PayoutHistory.empty(e.getKey());
      for (PayoutsCsv.Row r : own) {
        PayoutResult result;
        try {
          result = calc.pay(r.payout(), history);
        } catch (ValidationException ex) {
          throw new BackOfficeException(file + ":" + r.line() + ": " + ex.getMessage(), ex);
        }
        history = history.plus(result);
        out.add(result);
        for (PayrollWarning w : result.warnings()) {
          warnings.add(file + ":" + r.line() + ": employee " + e.getKey() + " " + result.period() + " paid " + result.paymentDate()
              + ": " + w);
        }
      }
    }
    return out;
  }

  private void payouts(StringBuilder sb, List<PayoutResult> results) {
    if (format == Format.CSV) {
      sb.append("employee,year,month,paid");
      for (PayrollCommand.Key k : PayrollCommand.KEYS) {
        sb.append(',').append(k.name());
      }
      sb.append('\n');
      for (PayoutResult r : results) {
        sb.append(csvCell(r.employeeId())).append(',').append(r.period().getYear()).append(',').append(r.period().getMonthValue())
            .append(',').append(r.paymentDate());
        for (PayrollCommand.Key k : PayrollCommand.KEYS) {
          sb.append(',').append(PayrollCommand.amount(k.ofPayslip().apply(r.payslip())));
        }
        sb.append('\n');
      }
      return;
    }
    sb.append('[');
    String sep = "\n";
    for (PayoutResult r : results) {
      sb.append(sep).append("  {\n    \"employee\": ").append(jsonString(r.employeeId()))
          .append(",\n    \"year\": ").append(r.period().getYear())
          .append(",\n    \"month\": ").append(r.period().getMonthValue())
          .append(",\n    \"paid\": \"").append(r.paymentDate()).append('"');
      for (PayrollCommand.Key k : PayrollCommand.KEYS) {
        sb.append(",\n    \"").append(k.name()).append("\": \"").append(PayrollCommand.amount(k.ofPayslip().apply(r.payslip()))).append('"');
      }
      sb.append("\n  }");
      sep = ",\n";
    }
    sb.append(results.isEmpty() ? "]\n" : "\n]\n");
  }

  /** The DRA and RCA of every payment month, in month order: a JSON array, or one CSV with one header. */
  private void dra(StringBuilder sb, List<PayoutResult> results) {
    Map<YearMonth, List<PayoutResult>> byMonth = new TreeMap<>();
    for (PayoutResult r : results) {
      byMonth.computeIfAbsent(r.paymentMonth(), k -> new ArrayList<>()).add(r);
    }
    Map<YearMonth, String> texts = new LinkedHashMap<>();
    for (Map.Entry<YearMonth, List<PayoutResult>> e : byMonth.entrySet()) {
      texts.put(e.getKey(), DeclarationRenderer.dra(Dra.of(e.getKey(), e.getValue()), RcaEntry.of(e.getKey(), e.getValue()),
          declarationFormat()));
    }
    if (format == Format.CSV) {
      boolean first = true;
      for (String t : texts.values()) {
        sb.append(first ? t : t.substring(t.indexOf('\n') + 1));
        first = false;
      }
      return;
    }
    sb.append('[');
    String sep = "\n";
    for (String t : texts.values()) {
      sb.append(sep).append(t.strip());
      sep = ",\n";
    }
    sb.append(texts.isEmpty() ? "]\n" : "\n]\n");
  }

  private DeclarationFormat declarationFormat() {
    return format == Format.CSV ? DeclarationFormat.CSV : DeclarationFormat.JSON;
  }

  private static String csvCell(String s) {
    return s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 ? s : '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
