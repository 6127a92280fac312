package dev.backoffice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.TaxReduction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, compiled and run: the code between the {@code README quick start} markers below is
 * exactly the Java block of the README's "Quick start" section (a test compares them), so the sample never rots.
 */
class QuickStartTest {

  @Test
  void theSampleRunsAndGivesTheFiguresItsCommentsPromise() {
    // README quick start: begin
    Ledger ledger = Ledger.builder()
        .chart(PolishChartOfAccounts.template())   // the Polish chart of accounts: 130 bank, 201 customers, 700 sales…
        .clock(Clock.systemUTC())
        .build();

    // an invoice for 10,000.00 PLN of services plus 23 % VAT
    LocalDate day = LocalDate.of(2025, 1, 3);
    ledger.post(JournalEntry.builder()
        .date(day)
        .document(DocumentRef.of("FV", "FV/1/2025", day))
        .description("Sprzedaż usług")
        .addLines(JournalLine.debit("201", Monies.of("PLN", "12300.00")),
                  JournalLine.credit("700", Monies.of("PLN", "10000.00")),
                  JournalLine.credit("221", Monies.of("PLN", "2300.00")))
        .build());

    Money receivable = ledger.balance("201", Monies.PLN, LocalDate.of(2025, 1, 31));   // PLN 12300.00

    // January pay of an employee earning 8,000.00 PLN gross, PIT-2 filed
    EmployeeTerms anna = EmployeeTerms.builder().employeeId("E-1")
        .contract(ContractType.EMPLOYMENT).taxReduction(TaxReduction.ONE_PAYER).build();
    Payslip january = PayrollCalculator.standard().calculate(anna, MonthInput.of(2025, 1, Monies.of("PLN", "8000.00")));
    Money net = january.net();                                                           // PLN 5783.91
    // README quick start: end

    // the invoice's gross amount is owed by the customer; credits to sales and VAT balance it
    assertThat(receivable).isEqualTo(Monies.of("PLN", "12300.00"));
    assertThat(ledger.balance("700", Monies.PLN, LocalDate.of(2025, 1, 31))).isEqualTo(Monies.of("PLN", "-10000.00"));
    // published figure for 8,000.00 PLN gross in January 2025 (shared/data/payroll/published-examples.csv, gross-8000-2025)
    assertThat(net).isEqualTo(Monies.of("PLN", "5783.91"));
    ledger.close();
  }

  @Test
  void theReadmeShowsExactlyThisSample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher section = Pattern.compile("(?s)\n## Quick start\n.*?```java\n(.*?)```").matcher(readme);
    assertThat(section.find()).as("README.md has a Quick start section with a java block").isTrue();

    String source = Files.readString(Path.of("src/test/java/dev/backoffice/examples/QuickStartTest.java"));
    Matcher sample = Pattern.compile("(?s)// README quick start: begin\n(.*?)\n\\s*// README quick start: end").matcher(source);
    assertThat(sample.find()).isTrue();

    assertThat(section.group(1)).isEqualTo(unindent(sample.group(1)) + "\n");
  }

  private static String unindent(String block) {
    List<String> lines = block.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
