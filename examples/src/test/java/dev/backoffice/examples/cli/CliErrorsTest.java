package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error contract: bad usage exits 2, a domain error (bad file, unknown year…) exits 1; either way one line on
 * standard error, nothing on standard output, no stack trace unless {@code --verbose}.
 */
class CliErrorsTest {
  @TempDir
  static Path dir;

  static Stream<Arguments> badUsage() {
    String tour = Cli.resource("journals/syntax-tour.ledger").toString();
    return Stream.of(
        Arguments.of((Object) new String[] {}),
        Arguments.of((Object) new String[] {"bogus"}),
        Arguments.of((Object) new String[] {"--bogus"}),
        Arguments.of((Object) new String[] {"balance"}),
        Arguments.of((Object) new String[] {"balance", "--file"}),
        Arguments.of((Object) new String[] {"balance", "--file", tour, "--bogus"}),
        Arguments.of((Object) new String[] {"balance", "--file", tour, "extra"}),
        Arguments.of((Object) new String[] {"balance", "--file", tour, "--as-of", "2025-13-01"}),
        Arguments.of((Object) new String[] {"balance", "--file", tour, "--as-of", "31.01.2025"}),
        Arguments.of((Object) new String[] {"balance", "--file", tour, "--as-of", "2025-02-30"}),
        Arguments.of((Object) new String[] {"balance", "--file", tour, "--format", "xml"}),
        Arguments.of((Object) new String[] {"balance", "--file", tour, "--format", "html"}),
        Arguments.of((Object) new String[] {"trial-balance", "--file", tour, "--from", "2025-01-31", "--to", "2025-01-01"}),
        Arguments.of((Object) new String[] {"trial-balance", "--file", tour, "--to", "yesterday"}),
        Arguments.of((Object) new String[] {"trial-balance", "--from", "2025-01-01"}),
        Arguments.of((Object) new String[] {"payroll", "--year", "2025", "--month", "1", "--gross", "8000"}),
        Arguments.of((Object) new String[] {"payroll", "--year", "2025", "--month", "13", "--gross", "8000", "--contract", "employment"}),
        Arguments.of((Object) new String[] {"payroll", "--year", "2025", "--month", "0", "--gross", "8000", "--contract", "employment"}),
        Arguments.of((Object) new String[] {"payroll", "--year", "twenty", "--month", "1", "--gross", "8000", "--contract", "employment"}),
        Arguments.of((Object) new String[] {"payroll", "--year", "2025", "--month", "1", "--gross", "8,000.00", "--contract", "employment"}),
        Arguments.of((Object) new String[] {"payroll", "--year", "2025", "--month", "1", "--gross", "-1", "--contract", "employment"}),
        Arguments.of((Object) new String[] {"payroll", "--year", "2025", "--month", "1", "--gross", "8000.001", "--contract", "employment"}),
        Arguments.of((Object) new String[] {"payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract", "freelance"}),
        Arguments.of((Object) new String[] {"payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract", "employment", "--accident-rate", "high"}),
        Arguments.of((Object) new String[] {"payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract", "employment", "--format", "html"}));
  }

  @ParameterizedTest
  @MethodSource
  void badUsage(String[] args) {
    Cli.Result r = Cli.run(args);

    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertOneLine(r);
    assertThat(r.err()).startsWith("backoffice").contains("--help");
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        // file content, the line and column the error must name, a word of the rule
        Arguments.of("2025-01-02 unbalanced\n    a  10.00 PLN\n    b  -9.00 PLN\n", 1, 1, "balance"),
        Arguments.of("; ok\n2025-01-02 x\n    a  10.00 PLN\n    b\n\n2025-02-30 bad date\n    a  1.00 PLN\n    b\n", 6, 1, "date"),
        Arguments.of("2025-01-02 x\n    a  10.005 PLN\n    b\n", 2, 8, "decimal"),
        Arguments.of("2025-01-02 x\n    a  10.00 XYZ\n    b\n", 2, 14, "XYZ"),
        Arguments.of("2025-01-02 x\n    a  10.00 PLN\n    b\n    c\n", 4, 5, "amount"),
        Arguments.of("include other.ledger\n", 1, 1, "include"));
  }

  @ParameterizedTest
  @MethodSource
  void badFiles(String content, int line, int column, String word) throws IOException {
    Path f = Files.writeString(Files.createTempFile(dir, "bad", ".ledger"), content);
    for (String command : new String[] {"balance", "trial-balance"}) {
      Cli.Result r = Cli.run(command, "--file", f.toString());

      assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(1);
      assertOneLine(r);
      assertThat(r.err()).as(command).startsWith(f + ":" + line + ":" + column + ": ").containsIgnoringCase(word);
    }
  }

  @Test
  void aMissingFileIsADomainErrorNamingIt() {
    Path missing = dir.resolve("missing.ledger");
    for (String command : new String[] {"balance", "trial-balance"}) {
      Cli.Result r = Cli.run(command, "--file", missing.toString());

      assertThat(r.exitCode()).isEqualTo(1);
      assertOneLine(r);
      assertThat(r.err()).isEqualTo("backoffice " + command + ": " + missing + ": no such file\n");
    }
    Cli.Result r = Cli.run("balance", "--file", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("backoffice balance: " + dir + ": not a readable file\n");
  }

  @Test
  void anUnknownYearIsADomainError() {
    Cli.Result r = Cli.run("payroll", "--year", "2023", "--month", "1", "--gross", "8000", "--contract", "employment");

    assertThat(r.exitCode()).isEqualTo(1);
    assertOneLine(r);
    assertThat(r.err()).startsWith("backoffice payroll: --year = '2023' is invalid: has no payroll parameters");
  }

  @Test
  void optionsTheContractDoesNotAllowAreDomainErrorsNamingTheOption() {
    Cli.Result sickness = Cli.run("payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract",
        "employment", "--sickness");
    Cli.Result elevated = Cli.run("payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract",
        "mandate", "--elevated-costs");
    Cli.Result accident = Cli.run("payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract",
        "employment", "--accident-rate", "99");

    assertThat(sickness.exitCode()).isEqualTo(1);
    assertOneLine(sickness);
    assertThat(sickness.err()).startsWith("backoffice payroll: --sickness = 'true' is invalid: applies only to a mandate");
    assertThat(elevated.exitCode()).isEqualTo(1);
    assertThat(elevated.err()).startsWith("backoffice payroll: --elevated-costs = 'true' is invalid:");
    assertThat(accident.exitCode()).isEqualTo(1);
    assertThat(accident.err()).startsWith("backoffice payroll: --accident-rate = ");
  }

  @Test
  void verbosePrintsTheStackTraceAndKeepsTheExitCode() throws IOException {
    Path f = Files.writeString(Files.createTempFile(dir, "bad", ".ledger"), "2025-01-02 x\n    a  1.00 PLN\n    b  -2.00 PLN\n");
    Cli.Result before = Cli.run("--verbose", "balance", "--file", f.toString());
    Cli.Result after = Cli.run("balance", "--file", f.toString(), "--verbose");

    for (Cli.Result r : new Cli.Result[] {before, after}) {
      String[] lines = r.err().split("\n");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).contains("JournalParseException", "\tat ");
      assertThat(lines[lines.length - 1]).as("the one-line message comes last").startsWith(f + ":1:1: ");
    }
  }

  @Test
  void helpAndVersionSucceed() {
    for (String command : new String[] {"balance", "trial-balance", "jpk-kr", "payroll", "demo"}) {
      Cli.Result r = Cli.run(command, "--help");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).startsWith("Usage: backoffice " + command).contains("--help", "--verbose");
      assertThat(r.err()).isEmpty();
    }
    Cli.Result top = Cli.run("--help");
    assertThat(top.exitCode()).isZero();
    assertThat(top.out()).contains("balance", "trial-balance", "jpk-kr", "payroll", "demo", "Exit codes:");
    Cli.Result version = Cli.run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).matches("backoffice \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  private static void assertOneLine(Cli.Result r) {
    assertThat(r.out()).as("nothing on standard output").isEmpty();
    assertThat(r.err()).as("one line on standard error").endsWith("\n");
    assertThat(r.err().strip()).as("one line on standard error").doesNotContain("\n").isNotEmpty();
    assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception:");
  }
}
