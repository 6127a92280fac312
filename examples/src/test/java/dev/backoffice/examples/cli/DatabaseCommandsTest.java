package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * {@code import --jdbc}, {@code balance --jdbc} and {@code trial-balance --jdbc} on a real PostgreSQL (embedded,
 * from Maven Central): the database gives the output the file gives, imports are idempotent and may run at once,
 * and every failure to reach or use the database is one line and exit 1.
 */
class DatabaseCommandsTest {
  static final String TOUR = "journals/syntax-tour.ledger";
  static final String GENERATED = "journals/generated-3k-seed7.ledger";

  static String file(String resource) {
    return Cli.resource(resource).toString();
  }

  @Test
  void importedJournalGivesTheSameBalancesAndTrialBalanceAsTheFile() {
    String url = TestDatabases.newDatabaseUrl();
    Cli.Result imported = Cli.run("import", "--file", file(TOUR), "--jdbc", url);
    assertThat(imported.err()).isEmpty();
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains("already in the database").doesNotContain(" 0 posted now");

    for (String format : List.of("csv", "json", "text")) {
      assertThat(Cli.run("balance", "--jdbc", url, "--format", format).out()).as(format)
          .isEqualTo(Cli.run("balance", "--file", file(TOUR), "--format", format).out());
    }
    assertThat(Cli.run("balance", "--jdbc", url, "--format", "csv").out()).isEqualTo(Cli.text("journals/syntax-tour.balances.csv"));
    for (String asOf : List.of("2025-01-01", "2025-01-10", "2025-01-31", "2025-02-15")) {
      assertThat(Cli.run("balance", "--jdbc", url, "--as-of", asOf).out()).as(asOf)
          .isEqualTo(Cli.run("balance", "--file", file(TOUR), "--as-of", asOf).out());
    }
    Cli.Result tb = Cli.run("trial-balance", "--jdbc", url, "--from", "2025-01-15");
    assertThat(tb.exitCode()).isZero();
    assertThat(tb.out()).isEqualTo(Cli.run("trial-balance", "--file", file(TOUR), "--from", "2025-01-15").out());
  }

  @Test
  void importingAgainPostsNothingNew() throws SQLException {
    String url = TestDatabases.newDatabaseUrl();
    Cli.run("import", "--file", file(TOUR), "--jdbc", url);
    long entries = count(url, "SELECT count(*) FROM ledger_entry");

    Cli.Result again = Cli.run("import", "--file", file(TOUR), "--jdbc", url, "--batch", "3");

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains(" 0 posted now");
    assertThat(count(url, "SELECT count(*) FROM ledger_entry")).isEqualTo(entries);
  }

  @Test
  void twoImportsOfDifferentFilesAtOnceEachPostEveryTransactionOnce() throws Exception {
    String url = TestDatabases.newDatabaseUrl();
    CompletableFuture<Cli.Result> a = CompletableFuture.supplyAsync(
        () -> Cli.run("import", "--file", file(GENERATED), "--jdbc", url, "--batch", "100"));
    CompletableFuture<Cli.Result> b = CompletableFuture.supplyAsync(
        () -> Cli.run("import", "--file", file(TOUR), "--jdbc", url, "--batch", "2"));
    assertThat(a.get().err()).isEmpty();
    assertThat(b.get().err()).isEmpty();

    // the database holds both files: its balances are the sums of the two files' balances
    Map<String, BigDecimal> expected = new TreeMap<>();
    for (String f : List.of(GENERATED, TOUR)) {
      addCsv(expected, Cli.run("balance", "--file", file(f)).out());
    }
    expected.values().removeIf(v -> v.signum() == 0);
    Map<String, BigDecimal> actual = new TreeMap<>();
    addCsv(actual, Cli.run("balance", "--jdbc", url).out());
    assertThat(actual).isEqualTo(expected);
    assertThat(count(url, "SELECT count(DISTINCT idempotency_key) FROM ledger_entry"))
        .isEqualTo(count(url, "SELECT count(*) FROM ledger_entry"));
  }

  @Test
  void aKilledImportRunAgainCompletesTheFileExactlyOnce() throws Exception {
    String url = TestDatabases.newDatabaseUrl();
    java.util.Random random = new java.util.Random(7);
    for (int kill = 0; kill < 3; kill++) {
      Process child = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), BackofficeCli.class.getName(), "import", "--file", file(GENERATED),
          "--jdbc", url, "--batch", "50").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      long seen = headOf(url);
      for (int wait = 0; wait < 1200 && child.isAlive() && headOf(url) <= seen; wait++) {
        Thread.sleep(50); // until this run has committed something, then at a random moment
      }
      Thread.sleep(random.nextInt(1500));
      child.destroyForcibly();
      assertThat(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
    long before = count(url, "SELECT count(*) FROM ledger_entry");

    Cli.Result last = Cli.run("import", "--file", file(GENERATED), "--jdbc", url);

    assertThat(last.exitCode()).as(last.err()).isZero();
    long transactions = dev.backoffice.ledger.io.JournalReader.read(Cli.resource(GENERATED)).transactions().size();
    assertThat(last.out()).contains(transactions + " transactions, " + (transactions - before) + " posted now");
    assertThat(count(url, "SELECT count(*) FROM ledger_entry")).isEqualTo(transactions);
    assertThat(Cli.run("balance", "--jdbc", url).out()).isEqualTo(Cli.text("journals/generated-3k-seed7.balances.csv"));
  }

  @Test
  void aBadUrlAnUnreachableServerAMissingDatabaseAnUnknownUserAndASchemaFromTheFutureAreOneLineAndExitOne()
      throws SQLException {
    assertOneLineFailure(Cli.run("balance", "--jdbc", "postgres://localhost/x"), "is not a PostgreSQL JDBC URL");
    assertOneLineFailure(Cli.run("balance", "--jdbc", "jdbc:postgresql://localhost:1/ledger?user=postgres"),
        "cannot reach the database");
    String server = TestDatabases.url("no_such_database");
    assertOneLineFailure(Cli.run("balance", "--jdbc", server), "the database does not exist");
    String url = TestDatabases.newDatabaseUrl();
    assertOneLineFailure(Cli.run("balance", "--jdbc", url.replace("user=postgres", "user=nobody&password=wrong")),
        "refused the user or password");
    assertOneLineFailure(Cli.run("balance", "--jdbc", url), "ledger schema is at version 0");

    Cli.run("import", "--file", file(TOUR), "--jdbc", url);
    execute(url, "INSERT INTO ledger_schema_history (installed_rank, version, description, type, script, checksum,"
        + " installed_by, execution_time, success) VALUES (3, '3', 'later', 'SQL', 'V3__later.sql', 0, 'x', 0, TRUE)");
    assertOneLineFailure(Cli.run("trial-balance", "--jdbc", url), "newer than this code knows");
    assertOneLineFailure(Cli.run("import", "--file", file(TOUR), "--jdbc", url), "newer than this code knows");
  }

  @Test
  void fileAndJdbcTogetherOrNeitherIsBadUsage() {
    assertThat(Cli.run("balance").exitCode()).isEqualTo(2);
    assertThat(Cli.run("balance", "--file", file(TOUR), "--jdbc", "jdbc:postgresql://x/y").exitCode()).isEqualTo(2);
    assertThat(Cli.run("trial-balance").exitCode()).isEqualTo(2);
  }

  static void assertOneLineFailure(Cli.Result r, String expected) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.errLines()).as(r.err()).hasSize(2); // one line and its line break
    assertThat(r.err()).contains(expected);
    assertThat(r.out()).isEmpty();
  }

  static void addCsv(Map<String, BigDecimal> sums, String csv) {
    String[] lines = csv.split("\n");
    for (int i = 1; i < lines.length; i++) {
      int last = lines[i].lastIndexOf(',');
      sums.merge(lines[i].substring(0, last), new BigDecimal(lines[i].substring(last + 1)), BigDecimal::add);
    }
  }

  /** The ledger head's sequence number, 0 before the schema exists. */
  static long headOf(String url) throws SQLException {
    if (count(url, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'ledger_head'") == 0) {
      return 0;
    }
    return count(url, "SELECT last_seq FROM ledger_head");
  }

  static long count(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
