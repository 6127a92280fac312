package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.SharedData;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command run from the shaded jar ({@code java -jar target/backoffice.jar}, after {@code package}) prints what
 * the same command prints in-process on the test class path. The unit tests run the commands on the class path; this
 * one catches a class missing from the jar, such as a library the shade configuration leaves out or a class loaded by
 * name. Run by Failsafe in {@code mvn verify}.
 */
class CommandLineJarIT {
  private static final String PAYOUTS = "employee,contract,year,month,paid,gross,no_pit2\n"
      + "A,employment,2025,1,2025-01-31,25000.00,\n"
      + "B,mandate,2025,1,2025-01-31,1000.00,true\n";

  @TempDir
  static Path dir;

  private static String company;
  private static String tagged;
  private static String statement;
  private static String payouts;
  private static String january2026;

  @BeforeAll
  static void files() throws IOException {
    company = Path.of("samples", "company.ledger").toAbsolutePath().toString();
    tagged = Files.writeString(dir.resolve("tagged.ledger"), SettlementCommandsTest.TAGGED).toString();
    statement = Files.writeString(dir.resolve("statement.sta"), SettlementCommandsTest.MT940).toString();
    payouts = Files.writeString(dir.resolve("payouts.csv"), PAYOUTS).toString();
    january2026 = Files.writeString(dir.resolve("jan.ledger"),
        "2026-01-15 * (WB/1/2026) Wpłata\n    130  1000.00 PLN\n    800  -1000.00 PLN\n").toString();
  }

  /** One invocation of each command and output format that loads classes of its own. */
  static Stream<List<String>> commands() {
    return Stream.of(
        List.of("--version"),
        List.of("balance", "--file", company, "--format", "csv"),
        List.of("balance", "--file", company, "--format", "json", "--value", "PLN"),
        List.of("balance", "--file", company),
        List.of("trial-balance", "--file", company, "--format", "html"),
        List.of("trial-balance", "--file", company, "--format", "json", "--by-commodity"),
        List.of("jpk-kr", "--file", company, "--from", "2025-01-01", "--to", "2025-01-31", "--nip", "5261040828",
            "--name", "Przykład sp. z o.o."),
        List.of("financial-statement", "--file", company, "--year", "2025", "--kind", "balance-sheet", "--format", "html"),
        List.of("vat-register", "--file", company, "--from", "2025-01-01", "--to", "2025-01-31", "--kind", "sales",
            "--format", "csv"),
        List.of("jpk-v7", "--file", january2026, "--month", "2026-01", "--nip", "5261040828", "--name",
            "Przykład sp. z o.o.", "--tax-office", "1435", "--email", "biuro@przyklad.pl"),
        List.of("payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract", "employment"),
        List.of("payroll", "--year", "2025", "--month", "1", "--gross", "8000", "--contract", "mandate", "--format", "csv"),
        List.of("payroll-run", "--file", payouts, "--summary", "pit-11"),
        List.of("open-items", "--file", tagged, "--as-of", "2025-02-28", "--format", "json"),
        List.of("reconcile", "--file", tagged, "--statement", statement),
        List.of("pay", "--file", tagged, "--due-by", "2025-02-28", "--debtor-iban", "PL27114020040000300201355387",
            "--format", "pain001"),
        List.of("pay", "--file", tagged, "--due-by", "2025-02-28", "--debtor-iban", "PL27114020040000300201355387",
            "--format", "elixir"),
        List.of("demo"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theJarPrintsWhatTheClassPathPrints(List<String> args) throws Exception {
    Cli.Result inProcess = Cli.run(args.toArray(String[]::new));
    Cli.Result jar = runJar(args);

    assertThat(inProcess.exitCode()).as("in-process %s: %s", args, inProcess.err()).isZero();
    assertThat(jar.exitCode()).as("jar %s: %s", args, jar.err()).isZero();
    assertThat(masked(jar.out())).as("jar %s", args).isEqualTo(masked(inProcess.out()));
  }

  @Test
  void bankStatementsOfBothFormatsReadFromTheJar() throws Exception {
    for (String name : List.of("bank-statements/mt940-pl-bph.sta", "bank-statements/camt053-02-ing.xml")) {
      List<String> args = List.of("bank-statement", "--file", SharedData.require(name).toString(), "--format", "json");
      Cli.Result jar = runJar(args);
      assertThat(jar.exitCode()).as("jar %s: %s", args, jar.err()).isZero();
      assertThat(jar.out()).isEqualTo(Cli.run(args.toArray(String[]::new)).out());
    }
  }

  @Test
  void theJarImportsIntoPostgresqlAndReadsBalancesBack() throws Exception {
    String url = TestDatabases.newDatabaseUrl();
    Cli.Result imported = runJar(List.of("import", "--file", company, "--jdbc", url));
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    Cli.Result balances = runJar(List.of("balance", "--jdbc", url, "--format", "csv"));
    assertThat(balances.exitCode()).as(balances.err()).isZero();
    assertThat(balances.out()).isEqualTo(Cli.run("balance", "--file", company, "--format", "csv").out());
  }

  /** Runs {@code java -jar target/backoffice.jar ARGS} with this JVM's java. */
  private static Cli.Result runJar(List<String> args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("backoffice.jar", "target/backoffice.jar"));
    assertThat(jar).as("the shaded jar (mvn package builds it)").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    return Cli.process(dir, Duration.ofMinutes(2), command);
  }

  /** The output without the moments it was made at (JPK and pain.001 headers carry them). */
  private static String masked(String out) {
    return out.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?", "<moment>");
  }
}
