package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class LedgerSchemaTest {

  @Test
  void migratingAnEmptyDatabaseCreatesTheTablesAndRecordsEachVersion() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    assertThat(LedgerSchema.version(ds)).isZero();

    assertThat(LedgerSchema.migrate(ds)).as("version before").isZero();

    assertThat(LedgerSchema.version(ds)).isEqualTo(2);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT installed_rank, version, description, type, script, success, last_seq"
            + " FROM ledger_schema_history, ledger_head ORDER BY installed_rank")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getString(2)).isEqualTo("1");
      assertThat(rs.getString(3)).isEqualTo("ledger");
      assertThat(rs.getString(4)).isEqualTo("SQL");
      assertThat(rs.getString(5)).isEqualTo("V1__ledger.sql");
      assertThat(rs.getBoolean(6)).isTrue();
      assertThat(rs.getLong(7)).as("empty ledger head").isZero();
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(2);
      assertThat(rs.getString(2)).isEqualTo("2");
      assertThat(rs.getString(3)).as("Flyway's description: the name's words").isEqualTo("ledger summary");
      assertThat(rs.getString(5)).isEqualTo("V2__ledger_summary.sql");
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void migratingTwiceChangesNothing() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    LedgerSchema.migrate(ds);
    assertThat(LedgerSchema.migrate(ds)).as("version before the second run").isEqualTo(2);
    assertThat(count(ds, "SELECT count(*) FROM ledger_schema_history")).isEqualTo(2);
  }

  @Test
  void severalProcessesMigratingAtOnceApplyTheScriptOnce() throws Exception {
    DataSource ds = TestDatabases.newDatabase();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        runs.add(pool.submit((Callable<Integer>) () -> LedgerSchema.migrate(ds)));
      }
      for (Future<Integer> f : runs) {
        assertThat(f.get()).isBetween(0, 2);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(count(ds, "SELECT count(*) FROM ledger_schema_history")).isEqualTo(2);
    assertThat(count(ds, "SELECT count(*) FROM ledger_head")).isEqualTo(1);
  }

  @Test
  void aSchemaFromTheFutureIsRefusedNamingBothVersions() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    LedgerSchema.migrate(ds);
    execute(ds, "INSERT INTO ledger_schema_history (installed_rank, version, description, type, script, checksum,"
        + " installed_by, execution_time, success) VALUES (3, '3', 'later', 'SQL', 'V3__later.sql', 0, 'x', 0, TRUE)");

    assertThatThrownBy(() -> LedgerSchema.version(ds)).isInstanceOf(LedgerSchemaException.class)
        .hasMessageContaining("version 3").hasMessageContaining("newer than this code knows (2)")
        .satisfies(e -> assertThat(((LedgerSchemaException) e).foundVersion()).isEqualTo(3));
    assertThatThrownBy(() -> LedgerSchema.migrate(ds)).isInstanceOf(LedgerSchemaException.class);
    assertThatThrownBy(() -> JdbcLedgerStore.open(ds)).isInstanceOf(LedgerSchemaException.class)
        .hasMessageContaining("newer than this code knows");
  }

  @Test
  void aDatabaseWithoutTheSchemaIsRefusedUnlessMigrationIsAsked() {
    DataSource ds = TestDatabases.newDatabase();
    assertThatThrownBy(() -> JdbcLedgerStore.open(ds)).isInstanceOf(LedgerSchemaException.class)
        .hasMessageContaining("at version 0 but this code needs 2").hasMessageContaining("migrate(true)");

    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, JdbcStoreOptions.builder().migrate(true).build())) {
      assertThat(store.lastSequence()).isZero();
    }
  }

  @Test
  void anAppliedScriptThatDiffersFromTheShippedOneIsRefused() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    LedgerSchema.migrate(ds);
    execute(ds, "UPDATE ledger_schema_history SET checksum = 42");

    assertThatThrownBy(() -> LedgerSchema.version(ds)).isInstanceOf(LedgerSchemaException.class)
        .hasMessageContaining("checksum 42");
  }

  @Test
  void theChecksumIsCrc32OfTheLinesWithoutLineBreaks() {
    CRC32 crc = new CRC32();
    crc.update("a;".getBytes(StandardCharsets.UTF_8));
    crc.update("b".getBytes(StandardCharsets.UTF_8));
    int expected = (int) crc.getValue();

    assertThat(LedgerSchema.checksum("a;\nb")).isEqualTo(expected);
    assertThat(LedgerSchema.checksum("a;\r\nb\n")).isEqualTo(expected);
    assertThat(LedgerSchema.checksum("\uFEFFa;\nb")).isEqualTo(expected);
  }

  @Test
  void scriptsSplitAtSemicolonsThatEndALineAndLoseCommentLines() {
    assertThat(LedgerSchema.statements("-- c\nCREATE TABLE a (x INT);\nINSERT INTO a\n  VALUES (1);\n\nSELECT 1"))
        .containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a\n  VALUES (1)", "SELECT 1");
  }

  static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
