package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code backoffice payroll}: the published figures, the JSON contract, the year-to-date assumption. */
class PayrollCommandTest {
  private static final List<String> KEYS = List.of("gross", "employeePension", "employeeDisability", "employeeSickness",
      "healthInsurance", "costsOfIncome", "taxBase", "taxAdvance", "employeePpk", "net", "employerPension",
      "employerDisability", "employerAccident", "laborFund", "guaranteedBenefitsFund", "employerPpk", "employerCost");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every row of published-examples.csv, run through the command line with its options, matches every published value. */
  @TestFactory
  Stream<DynamicTest> publishedExamples() {
    List<String> lines = Cli.text("payroll/published-examples.csv").lines()
        .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    String[] header = lines.get(0).split(",", -1);
    return lines.subList(1, lines.size()).stream().map(line -> DynamicTest.dynamicTest(line.split(",")[0], () -> {
      String[] f = line.split(",", -1);
      List<String> args = new ArrayList<>(List.of("payroll", "--year", f[1], "--month", f[2], "--contract", f[3], "--gross", f[4]));
      args.addAll(options(f[5]));
      Cli.Result r = Cli.run(args.toArray(new String[0]));
      assertThat(r.exitCode()).as(r.err()).isZero();
      JsonNode slip = JSON.readTree(r.out());
      int checked = 0;
      for (int i = 6; i < header.length; i++) {
        if (!f[i].isEmpty()) {
          assertThat(new BigDecimal(slip.get(header[i]).asText())).as(header[i]).isEqualByComparingTo(f[i]);
          checked++;
        }
      }
      assertThat(checked).as("published values checked").isPositive();
    }));
  }

  /** The published options as command-line options: an option not listed does not apply. */
  private static List<String> options(String published) {
    List<String> out = new ArrayList<>();
    List<String> tokens = published.isBlank() ? List.of() : List.of(published.trim().split("\\s+"));
    if (!tokens.contains("pit2")) {
      out.add("--no-pit2");
    }
    for (String t : tokens) {
      switch (t) {
        case "pit2", "kup250", "costs20" -> { } // PIT-2 and the standard costs are the command's defaults
        case "ppk" -> out.add("--ppk");
        case "sick" -> out.add("--sickness");
        case "costs50" -> out.add("--author-costs");
        default -> {
          assertThat(t).as("a published option token").startsWith("acc");
          out.add("--accident-rate");
          out.add(t.substring(3));
        }
      }
    }
    return out;
  }

  @Test
  void jsonHasExactlyTheContractKeysInOrderAsTwoDecimalStrings() throws Exception {
    Cli.Result r = Cli.run("payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract", "employment");

    assertThat(r.exitCode()).isZero();
    JsonNode slip = JSON.readTree(r.out());
    List<String> names = new ArrayList<>();
    slip.fieldNames().forEachRemaining(names::add);
    assertThat(names).isEqualTo(KEYS);
    slip.elements().forEachRemaining(v -> assertThat(v.isTextual() && v.asText().matches("-?\\d+\\.\\d{2}")).as(v.toString()).isTrue());
    // published (gross-8000-2025): employee ZUS 780.80 + 120.00 + 196.00, health 621.29, advance 498, net 5,783.91
    assertThat(slip.get("net").asText()).isEqualTo("5783.91");
    assertThat(slip.get("taxAdvance").asText()).isEqualTo("498.00");
  }

  @Test
  void monthMAssumesTheSameGrossInEveryEarlierMonth() throws Exception {
    // 2025 annual limit of the pension/disability base (30 × forecast average wage): 260,190 zł.
    // With 30,000 a month, months 1-8 use 240,000; September is charged on the remaining 20,190:
    //   pension 20,190 × 9.76 % = 1,970.544 → 1,970.54; disability 20,190 × 1.5 % = 302.85;
    // from October nothing. Sickness (2.45 % of 30,000 = 735.00) is not capped.
    JsonNode september = JSON.readTree(Cli.run("payroll", "--year", "2025", "--month", "9", "--gross", "30000.00",
        "--contract", "employment").out());
    JsonNode december = JSON.readTree(Cli.run("payroll", "--year", "2025", "--month", "12", "--gross", "30000.00",
        "--contract", "employment").out());

    assertThat(september.get("employeePension").asText()).isEqualTo("1970.54");
    assertThat(september.get("employeeDisability").asText()).isEqualTo("302.85");
    assertThat(september.get("employerPension").asText()).isEqualTo("1970.54");
    assertThat(december.get("employeePension").asText()).isEqualTo("0.00");
    assertThat(december.get("employeeDisability").asText()).isEqualTo("0.00");
    assertThat(december.get("employeeSickness").asText()).isEqualTo("735.00");
  }

  @Test
  void annualGivesTwelveMonthsEachAsTheMonthCommandAndTheirSums() throws Exception {
    String[] base = {"payroll", "--year", "2025", "--gross", "15000", "--contract", "employment", "--ppk"};
    Cli.Result r = Cli.run(concat(base, "--month", "1", "--annual"));

    assertThat(r.exitCode()).isZero();
    JsonNode root = JSON.readTree(r.out());
    List<String> top = new ArrayList<>();
    root.fieldNames().forEachRemaining(top::add);
    assertThat(top).containsExactly("months", "totals");
    assertThat(root.get("months")).hasSize(12);
    BigDecimal[] sums = new BigDecimal[KEYS.size()];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    for (int m = 1; m <= 12; m++) {
      JsonNode month = root.get("months").get(m - 1);
      assertThat(month.get("month").asInt()).isEqualTo(m);
      JsonNode alone = JSON.readTree(Cli.run(concat(base, "--month", String.valueOf(m))).out());
      Iterator<String> names = alone.fieldNames();
      while (names.hasNext()) {
        String k = names.next();
        assertThat(month.get(k).asText()).as("month " + m + " " + k).isEqualTo(alone.get(k).asText());
      }
      for (int i = 0; i < KEYS.size(); i++) {
        sums[i] = sums[i].add(new BigDecimal(month.get(KEYS.get(i)).asText()));
      }
    }
    List<String> totalKeys = new ArrayList<>();
    root.get("totals").fieldNames().forEachRemaining(totalKeys::add);
    assertThat(totalKeys).isEqualTo(KEYS);
    for (int i = 0; i < KEYS.size(); i++) {
      assertThat(root.get("totals").get(KEYS.get(i)).asText()).as(KEYS.get(i)).isEqualTo(sums[i].toPlainString());
    }
    // 12 × 15,000: cumulative tax base crosses 120,000 in the ninth month, so later advances are larger
    assertThat(new BigDecimal(root.get("months").get(11).get("taxAdvance").asText()))
        .isGreaterThan(new BigDecimal(root.get("months").get(0).get("taxAdvance").asText()));
  }

  @Test
  void csvHasAMonthColumnThenTheKeys() {
    Cli.Result one = Cli.run("payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract", "mandate",
        "--no-pit2", "--format", "csv");
    Cli.Result year = Cli.run("payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract", "mandate",
        "--no-pit2", "--format", "csv", "--annual");

    String header = "month," + String.join(",", KEYS);
    assertThat(one.out().lines().toList()).hasSize(2).first().isEqualTo(header);
    // mandate-8000-2025: net 5,779.27 published
    assertThat(one.out().lines().toList().get(1)).startsWith("1,8000.00,").contains(",5779.27,");
    List<String> rows = year.out().lines().toList();
    assertThat(rows).hasSize(14);
    assertThat(rows.get(0)).isEqualTo(header);
    assertThat(rows.get(1)).isEqualTo(one.out().lines().toList().get(1));
    assertThat(rows.get(13)).startsWith("total,96000.00,");
  }

  @Test
  void textListsEveryAmountWithItsPolishName() {
    Cli.Result r = Cli.run("payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract", "employment",
        "--accident-rate", "1.67", "--format", "text");

    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Payslip 2025-01, employment (umowa o pracę), PIT-2 filed, PLN");
    assertThat(lines).hasSize(1 + KEYS.size());
    for (int i = 0; i < KEYS.size(); i++) {
      assertThat(lines.get(i + 1)).startsWith(KEYS.get(i) + " ");
    }
    assertThat(lines.get(1 + KEYS.indexOf("net"))).startsWith("net ").contains("wynagrodzenie netto").endsWith(" 5783.91");
  }

  @Test
  void optionsReachTheCalculator() throws Exception {
    // specific-task 8,000, 50 % author's costs, no PIT-2 (specific-task-8000-50-2025): net 7,520.00 published;
    // elevated costs: 300 zł instead of 250 zł; PPK 2 % of 8,000 = 160.00; youth relief: no advance at all
    assertThat(field("net", "--contract", "specific-task", "--author-costs", "--no-pit2")).isEqualTo("7520.00");
    assertThat(field("costsOfIncome", "--contract", "employment", "--elevated-costs")).isEqualTo("300.00");
    assertThat(field("employeePpk", "--contract", "employment", "--ppk")).isEqualTo("160.00");
    assertThat(field("taxAdvance", "--contract", "employment", "--under-26")).isEqualTo("0.00");
    // accident 2.00 % of 8,000 = 160.00
    assertThat(field("employerAccident", "--contract", "employment", "--accident-rate", "2.00")).isEqualTo("160.00");
    // mandate with voluntary sickness: 2.45 % of 8,000 = 196.00
    assertThat(field("employeeSickness", "--contract", "mandate", "--sickness")).isEqualTo("196.00");
  }

  private static String field(String key, String... options) throws Exception {
    Cli.Result r = Cli.run(concat(new String[] {"payroll", "--year", "2025", "--month", "1", "--gross", "8000.00"}, options));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return JSON.readTree(r.out()).get(key).asText();
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
