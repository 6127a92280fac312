package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backoffice bank-statement} on the real statements in {@code shared/data/bank-statements}. */
class BankStatementCommandTest {

  static String file(String name) {
    return SharedData.require("bank-statements/" + name).toString();
  }

  @Test
  void mt940_lines_as_csv() {
    Cli.Result r = Cli.run("bank-statement", "--file", file("mt940-pl-bph.sta"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).isEqualTo("account,statement,booking_date,value_date,amount,currency,counterparty_name,"
        + "counterparty_account,title,reference");
    assertThat(lines).hasSize(5); // the header and the statement's four :61: lines
    // :61:0701260126DN5912,00NTRF200701260001//5627001791917001 with <3821109011020000999999874157
    assertThat(lines[1]).startsWith("PL52106000760000321000055801,00009/01,2007-01-26,2007-01-26,-5912.00,PLN,")
        .contains(",21109011020000999999874157,ZAPLATA ZA OPAKOWANIA").endsWith(",5627001791917001");
  }

  @Test
  void camt_lines_as_json() {
    Cli.Result r = Cli.run("bank-statement", "--file", file("camt053-02-two-statements.xml"), "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("[\n  {\"account\": \"NL14SNSB0012345678\", \"statement\": ")
        .contains("\"amount\": \"-500.00\", \"currency\": \"EUR\", \"counterparty_name\": \"SNS ZZP Rekening\"")
        .endsWith("}\n]\n");
    assertThat(r.out().split("\n  \\{", -1)).hasSize(12); // 11 lines
  }

  @Test
  void an_unbalanced_statement_is_a_domain_error_naming_it() {
    Cli.Result r = Cli.run("bank-statement", "--file", file("bad/camt053-02-unbalanced.xml"));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()[0]).contains("statement NL00SNSB0000000000/0000000000 of 2026-01-01")
        .contains("closing = '900.00 EUR' is invalid");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void malformed_mt940_names_file_line_and_column(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.sta");
    Files.writeString(bad, ":20:X\n:25:PL61109010140000071219812874\n:28C:1/1\n:60F:C250102PLN10,00\n"
        + ":61:2501020102C1x,00NTRF\n:62F:C250102PLN11,00\n");
    Cli.Result r = Cli.run("bank-statement", "--file", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.errLines()[0]).contains(bad + ":5:16: :61: amount = '1' is invalid");
  }

  @Test
  void a_format_it_does_not_offer_is_bad_usage() {
    Cli.Result r = Cli.run("bank-statement", "--file", file("mt940-pl-bph.sta"), "--format", "text");
    assertThat(r.exitCode()).isEqualTo(2);
  }
}
