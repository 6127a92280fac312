package dev.backoffice.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's smoke test: every figure it prints, derived by hand below from the demo's bookings. Each report
 * section is read line by line; a line's figures are the amounts in it, in column order, and every line holding a
 * figure must be one this test expects (or, in the income statement, show 0.00).
 *
 * <p>The bookings (amounts in PLN):
 * <pre>
 * BO/2024    2024-12-31  010 Dr 40,000; 130 Dr 60,000; 131 Dr 5,000 EUR at 4.2730 = 21,365; 800 Cr 121,365
 * FZ/1/2025  01-08       402 Dr 2,000; 222 Dr 460; 202 Cr 2,460
 * FV/1/2025  01-10       201 Dr 24,600; 700 Cr 20,000; 221 Cr 4,600
 * FZ/2/2025  01-13       401 Dr 800; 222 Dr 184; 202 Cr 984
 * WB/1/2025  01-15       130 Dr 24,600; 201 Cr 24,600
 * FV/2/2025  01-17       201 Dr 9,840; 700 Cr 8,000; 221 Cr 1,840
 * FZ/3/2025  01-20       402 Dr 1,500; 222 Dr 345; 202 Cr 1,845 — REJECTED: January's 402 budget is 36,000 / 12 =
 *                        3,000, 2,000 used, 1,000 available, 1,500 requested
 * WB/2/2025  01-22       202 Dr 2,460; 130 Cr 2,460
 * LP/01/2025 01-31       payroll, below: 404 Dr 17,666 / 231 Cr; 231 Dr 3,297.57 / 229 Cr; 231 Dr 1,099 / 225 Cr;
 *                        405 Dr 3,134.90 / 229 Cr; 231 Dr 13,269.43 / 130 Cr
 * WYC        01-31       5,000 EUR × 4.2130 = 21,065.00 against 21,365.00 carried: loss 300.00, 751 Dr / 131 (value) Cr
 * </pre>
 *
 * <p>The payroll (2025 law, PIT-2 filed by the two employees; accident rate 1.67 %):
 * <pre>
 * P01 employment 8,000 (published "gross-8000-2025"): pension 9.76 % 780.80, disability 1.5 % 120.00, sickness
 *     2.45 % 196.00; health 9 % × (8,000 − 1,096.80) = 621.29; costs 250; tax base 6,653.20 → 6,653;
 *     PIT 12 % 798.36 − 300 → 498; net 8,000 − 1,096.80 − 621.29 − 498 = 5,783.91; employer 780.80 + 6.5 % 520.00 +
 *     1.67 % 133.60 + FP 2.45 % 196.00 + FGŚP 0.1 % 8.00; cost 9,638.40
 * P02 employment 4,666 (published "min-wage-2025"): 455.40, 69.99, 114.32 (social 639.71); health 9 % × 4,026.29 =
 *     362.37; costs 250; tax base 3,776.29 → 3,776; PIT 453.12 − 300 → 153; net 3,510.92; employer 455.40 + 303.29 +
 *     77.92 + 114.32 (the base reaches the minimum wage) + 4.67; cost 5,621.60
 * Z01 mandate 3,000, no PIT-2: pension 292.80, disability 45.00, no sickness (voluntary); health 9 % × 2,662.20 =
 *     239.60; costs 20 % × 2,662.20 = 532.44; tax base 2,129.76 → 2,130; PIT 12 % = 255.60 → 256; net 3,000 − 337.80 −
 *     239.60 − 256 = 2,166.60; employer 292.80 + 195.00 + 50.10 + FP 0 (base below the minimum wage) + FGŚP 3.00;
 *     cost 3,540.90
 * D01 specific-task 2,000, no PIT-2: no ZUS, no health; costs 20 % 400; tax base 1,600; PIT 192; net 1,808; cost 2,000
 * </pre>
 */
class SmallCompanyMonthTest {
  private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])-?\\d{1,3}(?:,\\d{3})*\\.\\d{2}(?![\\d.,])|(?<![\\d.,])-?\\d+\\.\\d{2}(?![\\d.,])");

  private static String output;
  private static SmallCompanyMonth.Result result;

  @BeforeAll
  static void runTheDemo() {
    StringBuilder sb = new StringBuilder();
    result = SmallCompanyMonth.run(sb);
    output = sb.toString();
  }

  @Test
  void bookings() {
    assertThat(section("Bookings")).isEqualTo("""
        Bookings
          2024-12-31  BO/2024         Opening balances (bilans otwarcia)                       posted
          budget OPEX-2025 approved: 402 services 3,000.00 a month (STOP), 401 materials 1,000.00 a month (WARN)
          2025-01-08  FZ/1/2025       IT services, Serwis IT sp. z o.o.                        posted
          2025-01-10  FV/1/2025       Software development, Klient A S.A.                      posted
          2025-01-13  FZ/2/2025       Office supplies, Papiernik s.c.                          posted
          2025-01-15  WB/1/2025       Klient A S.A. pays FV/1/2025                             posted
          2025-01-17  FV/2/2025       Consulting, Klient B sp. z o.o.                          posted
          2025-01-20  FZ/3/2025       Legal advice, Kancelaria Prawna (over budget)            REJECTED by budget control:
              entry FZ/3/2025: budget OPEX-2025 line 402 would be exceeded in 2025-01 (MONTHLY_ACCUMULATED): \
        requested PLN 1500.00, available PLN 1000.00 (budget PLN 3000.00, consumed PLN 2000.00, tolerance PLN 0.00)
          2025-01-22  WB/2/2025       Payment to Serwis IT sp. z o.o. for FZ/1/2025            posted
          2025-01-31  LP/01/2025      Payroll of 4 people: gross pay, ZUS, PIT, net pay paid   posted (4 entries)
          2025-01-31  WYC/2025-01-31  Valuation of 5,000.00 EUR in 131 at 4.2130               posted
        """);
    assertThat(result.rejected().available()).isEqualTo(Monies.of("PLN", "1000.00"));
    assertThat(result.rejected().requested()).isEqualTo(Monies.of("PLN", "1500.00"));
  }

  @Test
  void trialBalance() {
    // In PLN (the Accounting Act's books, art. 30): every line at its PLN value, one total, no conversion row.
    // Columns: opening Dr, Cr; turnover Dr, Cr; cumulative Dr, Cr (= turnover: the period starts the fiscal year);
    // closing Dr, Cr; for the EUR account the memo in euros: opening, turnover Dr / Cr, closing.
    // BO is dated 2024-12-31, so it is January's opening balance.
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("010", "40,000.00 0.00 0.00 0.00 0.00 0.00 40,000.00 0.00");
    // 130: 60,000 + 24,600 (WB/1) − 2,460 (WB/2) − 13,269.43 (net pay) = 68,870.57
    rows.put("130", "60,000.00 0.00 24,600.00 15,729.43 24,600.00 15,729.43 68,870.57 0.00");
    // 131: 5,000 EUR carried at 21,365.00 PLN (4.2730); the month-end valuation at 4.2130 = 21,065.00 credits the
    // PLN value by 300.00 and moves no euro; memo: 5,000.00 EUR Dr opening, 0.00 / 0.00 turnover, 5,000.00 Dr closing
    rows.put("131", "21,365.00 0.00 0.00 300.00 0.00 300.00 21,065.00 0.00 5000.00 0.00 0.00 5000.00");
    rows.put("201", "0.00 0.00 34,440.00 24,600.00 34,440.00 24,600.00 9,840.00 0.00");
    rows.put("202", "0.00 0.00 2,460.00 3,444.00 2,460.00 3,444.00 0.00 984.00");
    rows.put("221", "0.00 0.00 0.00 6,440.00 0.00 6,440.00 0.00 6,440.00");
    rows.put("222", "0.00 0.00 644.00 0.00 644.00 0.00 644.00 0.00");
    // 225: PIT 498 + 153 + 256 + 192 = 1,099
    rows.put("225", "0.00 0.00 0.00 1,099.00 0.00 1,099.00 0.00 1,099.00");
    // 229: employee ZUS + health 1,718.09 + 1,002.08 + 577.40 = 3,297.57; employer 1,638.40 + 955.60 + 540.90 = 3,134.90
    rows.put("229", "0.00 0.00 0.00 6,432.47 0.00 6,432.47 0.00 6,432.47");
    // 231: gross 17,666 credited; 3,297.57 + 1,099 + 13,269.43 = 17,666 debited
    rows.put("231", "0.00 0.00 17,666.00 17,666.00 17,666.00 17,666.00 0.00 0.00");
    rows.put("401", "0.00 0.00 800.00 0.00 800.00 0.00 800.00 0.00");
    rows.put("402", "0.00 0.00 2,000.00 0.00 2,000.00 0.00 2,000.00 0.00");
    rows.put("404", "0.00 0.00 17,666.00 0.00 17,666.00 0.00 17,666.00 0.00");
    rows.put("405", "0.00 0.00 3,134.90 0.00 3,134.90 0.00 3,134.90 0.00");
    rows.put("700", "0.00 0.00 0.00 28,000.00 0.00 28,000.00 0.00 28,000.00");
    rows.put("751", "0.00 0.00 300.00 0.00 300.00 0.00 300.00 0.00");
    rows.put("800", "0.00 121,365.00 0.00 0.00 0.00 0.00 0.00 121,365.00");
    // opening 40,000 + 60,000 + 21,365 = 121,365; turnover Dr 24,600 + 34,440 + 2,460 + 644 + 17,666 + 800 + 2,000 +
    // 17,666 + 3,134.90 + 300 = 103,710.90 = Cr 15,729.43 + 300 + 24,600 + 3,444 + 6,440 + 1,099 + 6,432.47 + 17,666 +
    // 28,000; closing Dr 40,000 + 68,870.57 + 21,065 + 9,840 + 644 + 800 + 2,000 + 17,666 + 3,134.90 + 300 =
    // 164,320.47 = Cr 984 + 6,440 + 1,099 + 6,432.47 + 28,000 + 121,365
    rows.put("Total", "121,365.00 121,365.00 103,710.90 103,710.90 103,710.90 103,710.90 164,320.47 164,320.47");
    String section = section("Trial balance");

    assertThat(tableFigures(section, line -> line.trim().split("\\s+")[0])).isEqualTo(rows);
    assertThat(section).doesNotContain("(conversion)");
    assertThat(section.lines().filter(l -> l.contains(" PLN ")).count()).as("every row in PLN").isEqualTo(rows.size());
    assertThat(checks(section)).containsExactly(
        "[OK] PLN: debits equal credits — opening 121365.00 / 121365.00, turnover 103710.90 / 103710.90, "
            + "cumulative 103710.90 / 103710.90, closing 164320.47 / 164320.47",
        "[OK] PLN: turnover 103710.90 / 103710.90 equals the journal total 103710.90 / 103710.90");
    assertThat(result.trialBalance().balanced()).isTrue();
    assertThat(result.trialBalance().totals()).hasSize(1);
  }

  @Test
  void incomeStatement() {
    // comparative variant (wariant porównawczy), January: revenue 700 = 20,000 + 8,000; costs by nature 401 800,
    // 402 2,000, 404 17,666, 405 3,134.90 = 23,600.90; profit on sales 28,000 − 23,600.90 = 4,399.10; no other
    // operating items; financial expenses 751 300.00 (the EUR valuation); result 4,399.10 − 300 = 4,099.10
    Map<String, String> nonZero = new LinkedHashMap<>();
    nonZero.put("A.", "28,000.00");
    nonZero.put("I. Net revenue from the sale of products", "28,000.00");
    nonZero.put("B.", "23,600.90");
    nonZero.put("II. Materials and energy", "800.00");
    nonZero.put("III. External services", "2,000.00");
    nonZero.put("V. Wages and salaries", "17,666.00");
    nonZero.put("VI. Social security", "3,134.90");
    nonZero.put("C.", "4,399.10");
    nonZero.put("F.", "4,399.10");
    nonZero.put("H.", "300.00");
    nonZero.put("IV. Other", "300.00");
    nonZero.put("I. Profit (loss) before tax", "4,099.10");
    nonZero.put("L.", "4,099.10");
    String section = section("Income statement");
    Map<String, String> found = new LinkedHashMap<>();
    int lines = 0;
    for (String line : section.split("\n")) {
      List<String> figures = figures(line);
      if (figures.isEmpty() || line.trim().startsWith("[")) {
        continue;
      }
      lines++;
      assertThat(figures).as(line).hasSize(1);
      if (!figures.get(0).equals("0.00")) {
        String label = nonZero.keySet().stream().filter(l -> line.trim().startsWith(l)).findFirst()
            .orElseThrow(() -> new AssertionError("unexpected figure in: " + line));
        assertThat(found.put(label, figures.get(0))).as("one line for " + label).isNull();
      }
    }
    assertThat(found).isEqualTo(nonZero);
    assertThat(lines).as("every line of the annex-1 layout has a figure").isGreaterThan(40);
    assertThat(checks(section)).containsExactly(
        "[OK] 2025-01: net result 4099.10 equals the balance of the result accounts 4099.10",
        "[OK] 2025-01: every account is mapped onto a line");
  }

  @Test
  void budgetVersusActual() {
    // 402: January budget 36,000 / 12 = 3,000; actual 2,000 (FZ/3 was rejected); available = variance = 1,000;
    //      used 2,000 / 3,000 = 66.67 %. 401: 12,000 / 12 = 1,000; actual 800; 200; 80.00 %.
    //      Total: 4,000; 2,800; 1,200; 2,800 / 4,000 = 70.00 %. No commitments.
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("402", "3,000.00 0.00 2,000.00 1,000.00 1,000.00 66.67");
    rows.put("401", "1,000.00 0.00 800.00 200.00 200.00 80.00");
    rows.put("Total", "4,000.00 0.00 2,800.00 1,200.00 1,200.00 70.00");
    String section = section("Budget versus actual");

    assertThat(tableFigures(section, line -> line.trim().split("\\s+")[0])).isEqualTo(rows);
    assertThat(checks(section)).containsExactly(
        "[OK] 402: actual 2000.00 agrees with the ledger's balances of the line's accounts 2000.00",
        "[OK] 401: actual 800.00 agrees with the ledger's balances of the line's accounts 800.00");
  }

  @Test
  void payrollRegister() {
    // columns: gross, pension, disability, sickness, health, costs, tax base, PIT, PPK, net (employee);
    // pension, disability, accident, Labour Fund, FGŚP, PPK, employer cost (employer) — derivations in the class comment
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("D01", "2,000.00 0.00 0.00 0.00 0.00 400.00 1,600.00 192.00 0.00 1,808.00 0.00 0.00 0.00 0.00 0.00 0.00 2,000.00");
    rows.put("P01", "8,000.00 780.80 120.00 196.00 621.29 250.00 6,653.00 498.00 0.00 5,783.91 780.80 520.00 133.60 196.00 8.00 0.00 9,638.40");
    rows.put("P02", "4,666.00 455.40 69.99 114.32 362.37 250.00 3,776.00 153.00 0.00 3,510.92 455.40 303.29 77.92 114.32 4.67 0.00 5,621.60");
    rows.put("Z01", "3,000.00 292.80 45.00 0.00 239.60 532.44 2,130.00 256.00 0.00 2,166.60 292.80 195.00 50.10 0.00 3.00 0.00 3,540.90");
    // the sums of the four rows
    rows.put("Total", "17,666.00 1,529.00 234.99 310.32 1,223.26 1,432.44 14,159.00 1,099.00 0.00 13,269.43 1,529.00 "
        + "1,018.29 261.62 310.32 15.67 0.00 20,800.90");
    String section = section("Payroll register");

    assertThat(tableFigures(section, line -> line.trim().split("\\s+")[0])).isEqualTo(rows);
    assertThat(checks(section)).containsExactly(
        "[OK] every net pay is gross less deductions and every employer cost gross plus charges (net 13269.43, "
            + "employer cost 20800.90)",
        "[OK] totals equal the payroll register's own totals (gross 17666.00, net 13269.43, employer cost 20800.90)");
  }

  @Test
  void cashFlowStatementOfTheYear() {
    // Indirect method, 2025 (the demo's only month is January). Cash = 130 and 131:
    // F opening 60,000 + 21,365 = 81,365; E change: 130 +24,600 − 2,460 − 13,269.43 = +8,870.57, 131 −300 (valuation)
    // → 8,570.57. A.I net result 4,099.10 (the income statement); A.II.7 receivables: 201 +9,840 and 222 +644 →
    // −10,484; A.II.8 liabilities: 202 +984, 221 +6,440, 225 +1,099, 229 +6,432.47 → +14,955.47; A.II = 4,471.47;
    // A.III = 4,099.10 + 4,471.47 = 8,570.57 = D = E; G = 81,365 + 8,570.57 = 89,935.57 = 68,870.57 + 21,065
    Map<String, String> nonZero = new LinkedHashMap<>();
    nonZero.put("A.", "8,570.57");
    nonZero.put("I. Net profit (loss)", "4,099.10");
    nonZero.put("II. Total adjustments", "4,471.47");
    nonZero.put("7. Change in receivables", "-10,484.00");
    nonZero.put("8. Change in short-term liabilities", "14,955.47");
    nonZero.put("III. Net cash flows from operating activities", "8,570.57");
    nonZero.put("D.", "8,570.57");
    nonZero.put("E.", "8,570.57");
    nonZero.put("F.", "81,365.00");
    nonZero.put("G.", "89,935.57");
    String section = section("Cash-flow statement");
    Map<String, String> found = new LinkedHashMap<>();
    for (String line : section.split("\n")) {
      List<String> figures = figures(line);
      if (figures.isEmpty() || line.trim().startsWith("[") || figures.get(0).equals("0.00")) {
        continue;
      }
      String label = nonZero.keySet().stream().filter(l -> line.trim().startsWith(l)).findFirst()
          .orElseThrow(() -> new AssertionError("unexpected figure in: " + line));
      assertThat(found.put(label, figures.get(0))).as("one line for " + label).isNull();
    }
    assertThat(found).isEqualTo(nonZero);
    assertThat(checks(section)).containsExactly(
        "[OK] 2025: Total net cash flows (A.III ± B.III ± C.III) 8570.57 = Balance-sheet change in cash 8570.57",
        "[OK] 2025: every account is mapped onto a line");
  }

  @Test
  void theOutputIsTheSameOnEveryRun() {
    StringBuilder again = new StringBuilder();
    SmallCompanyMonth.run(again);

    assertThat(again.toString()).isEqualTo(output);
    assertThat(output).startsWith("Backoffice demo: January 2025 at Przykład sp. z o.o. (amounts in PLN unless stated)\n");
  }

  /** The lines of the output from the one equal to {@code title} (or starting with it) to the next report's title. */
  private static String section(String title) {
    List<String> all = List.of(output.split("\n", -1));
    int start = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).startsWith(title) && (i == 0 || all.get(i - 1).isEmpty())) {
        start = i;
        break;
      }
    }
    assertThat(start).as("section " + title).isNotNegative();
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < all.size(); i++) {
      if (i > start && all.get(i).isEmpty() && (i + 1 == all.size() || isTitle(all.get(i + 1)))) {
        break;
      }
      sb.append(all.get(i)).append('\n');
    }
    return sb.toString();
  }

  private static boolean isTitle(String line) {
    return line.equals("Trial balance") || line.startsWith("Income statement") || line.equals("Budget versus actual")
        || line.equals("Payroll register") || line.startsWith("Cash-flow statement") || line.isEmpty();
  }

  /** Every table line holding figures, keyed as {@code key} says, with its figures separated by spaces. */
  private static Map<String, String> tableFigures(String section, java.util.function.Function<String, String> key) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : section.split("\n")) {
      if (line.trim().startsWith("[") || line.startsWith("Budget ") || line.startsWith("Payroll ")) {
        continue; // checks, and headings that hold a number (budget id, run number)
      }
      List<String> figures = figures(line);
      if (!figures.isEmpty()) {
        assertThat(out.put(key.apply(line), String.join(" ", figures))).as("one line for " + key.apply(line)).isNull();
      }
    }
    return out;
  }

  private static List<String> figures(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = AMOUNT.matcher(line);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<String> checks(String section) {
    return section.lines().map(String::trim).filter(l -> l.startsWith("[")).toList();
  }
}
