package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code payroll --paid} and {@code payroll-run}: payouts by payment date from the command line (issue 19). */
class PayrollRunCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /*
   * December 2024's 25,000.00 paid on 2025-01-10 is the first payment of 2025 (art. 11 ust. 1 ustawy o PIT): pension
   * 9.76 % × 25,000 = 2,440.00; advance 12 % × 21,323 − 300 = 2,259 (21,323 = 25,000 − 3,427.50 − 250 rounded).
   * Paid on its own month's last day, the 30× cap of 2024 (234,720) was reached in October: pension 0.00, advance 7,424.
   */
  @Test
  void payrollPaidInTheNextYearIsTheFirstPaymentOfThatYear() throws IOException {
    Cli.Result paid = Cli.run("payroll", "--year", "2024", "--month", "12", "--gross", "25000.00", "--contract", "employment",
        "--paid", "2025-01-10");
    assertThat(paid.exitCode()).as(paid.err()).isZero();
    JsonNode p = JSON.readTree(paid.out());
    assertThat(p.get("employeePension").asText()).isEqualTo("2440.00");
    assertThat(p.get("taxAdvance").asText()).isEqualTo("2259.00");
    Cli.Result own = Cli.run("payroll", "--year", "2024", "--month", "12", "--gross", "25000.00", "--contract", "employment");
    JsonNode o = JSON.readTree(own.out());
    assertThat(o.get("employeePension").asText()).isEqualTo("0.00");
    assertThat(o.get("taxAdvance").asText()).isEqualTo("7424.00");
  }

  /*
   * 3,000.00 full time in January 2025 is below the minimum wage 4,666.00 (Dz.U. 2024 poz. 1362): exit 0 with a
   * warning on standard error, exit 1 with --minimum-pay reject; half time (minimum 2,333.00) it is enough.
   */
  @Test
  void payBelowTheMinimumWageWarnsOrIsRefused() {
    String[] args = {"payroll", "--year", "2025", "--month", "1", "--gross", "3000.00", "--contract", "employment"};
    Cli.Result warned = Cli.run(args);
    assertThat(warned.exitCode()).isZero();
    assertThat(warned.errLines()[0]).startsWith("warning: ").contains("4666.00").contains("Dz.U. 2024 poz. 1362");
    Cli.Result refused = Cli.run(concat(args, "--minimum-pay", "reject"));
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("--gross").contains("4666.00");
    Cli.Result half = Cli.run(concat(args, "--fte", "1/2"));
    assertThat(half.exitCode()).isZero();
    assertThat(half.err()).isEmpty();
    assertThat(Cli.run(concat(args, "--fte", "1.5")).exitCode()).isEqualTo(2);
    assertThat(Cli.run(concat(args, "--fte", "1/0")).exitCode()).isEqualTo(2);
  }

  /* Rate 6,000.00, 3,000.00 paid for half a month: the Labour Fund is 2.45 % × 3,000.00 = 73.50 (base converted to a full month). */
  @Test
  void theMonthlyRateConvertsTheLaborFundBaseToAFullMonth() throws IOException {
    Cli.Result r = Cli.run("payroll", "--year", "2025", "--month", "1", "--gross", "3000.00", "--contract", "employment",
        "--rate", "6000.00");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(JSON.readTree(r.out()).get("laborFund").asText()).isEqualTo("73.50");
  }

  /*
   * The first case as a file, rows out of order: December 2024 paid 2025-01-10 and January 2025 paid
   * 2025-01-31 (the second payout of January: pension on the month's 50,000 less 2,440.00 = 2,440.00; no costs or
   * reduction left: base 21,573, advance 2,589), and a mandate of another person.
   */
  @Test
  void payrollRunComputesEachPersonsPayoutsInPaymentOrder() throws IOException {
    Path csv = write("employee,contract,year,month,paid,gross,no_pit2\n"
        + "A,employment,2025,1,2025-01-31,25000.00,\n"
        + "B,mandate,2025,1,2025-01-31,1000.00,true\n"
        + "A,employment,2024,12,2025-01-10,25000.00,false\n");
    Cli.Result r = Cli.run("payroll-run", "--file", csv.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode rows = JSON.readTree(r.out());
    assertThat(rows.size()).isEqualTo(3);
    JsonNode dec = rows.get(0);
    assertThat(dec.get("employee").asText()).isEqualTo("A");
    assertThat(dec.get("year").asInt()).isEqualTo(2024);
    assertThat(dec.get("month").asInt()).isEqualTo(12);
    assertThat(dec.get("paid").asText()).isEqualTo("2025-01-10");
    assertThat(dec.get("taxAdvance").asText()).isEqualTo("2259.00");
    JsonNode jan = rows.get(1);
    assertThat(jan.get("paid").asText()).isEqualTo("2025-01-31");
    assertThat(jan.get("employeePension").asText()).isEqualTo("2440.00");
    assertThat(jan.get("taxBase").asText()).isEqualTo("21573.00");
    assertThat(jan.get("taxAdvance").asText()).isEqualTo("2589.00");
    assertThat(rows.get(2).get("employee").asText()).isEqualTo("B");
    // mandate 1,000.00 without PIT-2: social 97.60 + 15.00; health 9 % × 887.40 = 79.866 → 79.87; costs 20 % = 177.48;
    // base 709.92 → 710; advance 85.20 → 85
    assertThat(rows.get(2).get("taxAdvance").asText()).isEqualTo("85.00");
    Cli.Result csvOut = Cli.run("payroll-run", "--file", csv.toString(), "--format", "csv");
    String[] lines = csvOut.out().split("\n");
    assertThat(lines[0]).startsWith("employee,year,month,paid,gross,employeePension");
    assertThat(lines[1]).startsWith("A,2024,12,2025-01-10,25000.00,2440.00");
    assertThat(lines).hasSize(4);
  }

  @Test
  void payrollRunNamesTheFileLineAndColumnOfABadCell() throws IOException {
    Path csv = write("employee,contract,year,month,paid,gross\nA,employment,2025,1,2025-01-31,25000.00\nA,employment,2025,13,2025-01-31,1.00\n");
    Cli.Result r = Cli.run("payroll-run", "--file", csv.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(csv + ":3:4: month");
    Path unknown = write("employee,contract,year,month,paid,gross,bonus\n");
    assertThat(Cli.run("payroll-run", "--file", unknown.toString()).err()).contains(":1:7: unknown column 'bonus'");
    Path early = write("employee,contract,year,month,paid,gross\nA,employment,2025,2,2025-01-31,1.00\n");
    assertThat(Cli.run("payroll-run", "--file", early.toString()).err()).contains(":2:5: paid");
    Path flag = write("employee,contract,year,month,paid,gross,ppk\nA,employment,2025,2,2025-02-28,5000.00,yes\n");
    assertThat(Cli.run("payroll-run", "--file", flag.toString()).err()).contains(":2:7: ppk: 'yes' is not true or false");
    assertThat(Cli.run("payroll-run", "--file", dir.resolve("none.csv").toString()).exitCode()).isEqualTo(1);
    assertThat(Cli.run("payroll-run", "--file", csv.toString(), "--summary", "pit-4").exitCode()).isEqualTo(2);
  }

  /*
   * Sick days from the absence package: 6,000.00 rate, 10 days of illness in March 2025 deducted at 1/30 a day
   * (6,000 / 30 × 10 = 2,000.00), so the contribution base is 4,000.00; the 2.45 % Labour Fund is due on it
   * (4,000.00 < 4,666.00, but converted to a full month it is the rate): 98.00.
   */
  @Test
  void sickDaysReduceThePayAndAddSickPay() throws IOException {
    Path csv = write("employee,contract,year,month,paid,gross,rate,sick_days\nA,employment,2025,3,2025-03-31,6000.00,6000.00,10\n");
    Cli.Result r = Cli.run("payroll-run", "--file", csv.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode row = JSON.readTree(r.out()).get(0);
    assertThat(row.get("laborFund").asText()).isEqualTo("98.00");
    assertThat(row.get("employeePension").asText()).isEqualTo("390.40");
    assertThat(Double.parseDouble(row.get("gross").asText())).isGreaterThan(4000.0);
  }

  @Test
  void payrollRunSummariesComeFromTheDeclarations() throws IOException {
    Path csv = write("employee,contract,year,month,paid,gross\nA,employment,2024,12,2025-01-10,8000.00\nA,employment,2025,1,2025-01-31,8000.00\n");
    Cli.Result pit = Cli.run("payroll-run", "--file", csv.toString(), "--summary", "pit-11");
    assertThat(pit.exitCode()).as(pit.err()).isZero();
    assertThat(pit.out()).contains("16000.00");
    Cli.Result dra = Cli.run("payroll-run", "--file", csv.toString(), "--summary", "dra", "--format", "csv");
    assertThat(dra.exitCode()).as(dra.err()).isZero();
    assertThat(dra.out()).contains("2025-01").doesNotContain("2024-12");
    JsonNode draJson = JSON.readTree(Cli.run("payroll-run", "--file", csv.toString(), "--summary", "dra").out());
    assertThat(draJson.isArray()).isTrue();
    assertThat(draJson.size()).isEqualTo(1);
  }

  private Path write(String text) throws IOException {
    Path f = Files.createTempFile(dir, "payouts", ".csv");
    Files.writeString(f, text);
    return f;
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
