package dev.backoffice.ledger.jdbc;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.error.LedgerStoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's database schema: versioned SQL scripts on the classpath under {@value #LOCATION}, named as
 * Flyway names them ({@code V1__ledger.sql}, …), and a small migrator that applies them in order and records
 * each in the table {@value #HISTORY_TABLE}, whose columns and checksums are Flyway's. An application that
 * runs its own Flyway may apply the same scripts instead (a Flyway instance with
 * {@code locations=classpath:backoffice/ledger/db/migration} and {@code table=ledger_schema_history}), and
 * the store then finds them applied.
 *
 * <p>A database whose schema is newer than {@link #KNOWN_VERSION}, or whose applied scripts differ from
 * these, is refused. Several processes may migrate one database at once: each step is one transaction
 * whose history row has a unique rank, so a step that lost the race rolls back and the migrator looks again.
 */
public final class LedgerSchema {
  /** The classpath folder of the scripts. */
  public static final String LOCATION = "backoffice/ledger/db/migration";
  /** The table that records applied scripts (Flyway's {@code flyway_schema_history} layout). */
  public static final String HISTORY_TABLE = "ledger_schema_history";
  /** The scripts this code ships, oldest first. */
  static final ImmutableList<String> SCRIPTS = ImmutableList.of("V1__ledger.sql", "V2__ledger_summary.sql");
  /** The newest schema version this code knows. */
  public static final int KNOWN_VERSION = 2;

  private static final Logger LOG = LoggerFactory.getLogger(LedgerSchema.class);
  private static final int MAX_RACES = 20;

  private LedgerSchema() {}

  /**
   * Creates or upgrades the ledger schema of the database to {@link #KNOWN_VERSION}.
   *
   * @param dataSource the database
   * @return the version the database was at before (0 when it had no ledger schema)
   * @throws LedgerSchemaException if the database's schema is newer than this code or its applied scripts
   *     differ from these
   * @throws LedgerStoreException if the database failed
   */
  public static int migrate(DataSource dataSource) {
    Checks.notNull(dataSource, "dataSource");
    int before = -1;
    for (int race = 0; ; race++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          createHistoryTable(c);
          TreeMap<Integer, Integer> applied = applied(c);
          int version = validate(applied);
          if (before < 0) {
            before = version;
          }
          if (version == KNOWN_VERSION) {
            c.commit();
            return before;
          }
          applyNext(c, version + 1, applied.size() + 1);
          c.commit();
          LOG.info("ledger schema migrated to version {}", version + 1);
        } catch (SQLException | RuntimeException e) {
          Transactions.rollbackQuietly(c, e);
          throw e;
        }
      } catch (SQLException e) {
        if (race < MAX_RACES && lostRace(e)) {
          LOG.debug("ledger schema: another process migrated at the same time; looking again", e);
          continue;
        }
        throw SqlFailures.wrap("migrating the ledger schema", e);
      }
    }
  }

  /**
   * The ledger schema version of the database, after checking that this code can use it.
   *
   * @param dataSource the database
   * @return the version (0 when it has no ledger schema)
   * @throws LedgerSchemaException if the schema is newer than this code or its applied scripts differ
   * @throws LedgerStoreException if the database failed
   */
  public static int version(DataSource dataSource) {
    Checks.notNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      if (!historyTableExists(c)) {
        return 0;
      }
      return validate(applied(c));
    } catch (SQLException e) {
      throw SqlFailures.wrap("reading the ledger schema version", e);
    }
  }

  /** Refuses a database whose schema is not exactly {@link #KNOWN_VERSION}. */
  static void requireCurrent(DataSource dataSource) {
    int version = version(dataSource);
    if (version < KNOWN_VERSION) {
      throw new LedgerSchemaException("the database's ledger schema is at version " + version + " but this code needs "
          + KNOWN_VERSION + ": open the store with migrate(true), or apply the scripts in classpath:" + LOCATION
          + " with your own Flyway", version, KNOWN_VERSION, null);
    }
  }

  private static boolean lostRace(SQLException e) {
    String state = SqlFailures.stateOf(e);
    // unique violation (the history row's rank, or a catalog row of a table created at the same time), duplicate
    // table or index, duplicate column (added by the other process), undefined table (dropped by it), serialization
    // failure, deadlock: the other process applied the step; look at the history again
    return "23505".equals(state) || "42P07".equals(state) || "42701".equals(state) || "42P01".equals(state)
        || SqlFailures.retryable(e);
  }

  private static void createHistoryTable(Connection c) throws SQLException {
    if (historyTableExists(c)) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + HISTORY_TABLE + " ("
          + "installed_rank INTEGER PRIMARY KEY, version VARCHAR(50), description VARCHAR(200) NOT NULL, "
          + "type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INTEGER, "
          + "installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(), "
          + "execution_time INTEGER NOT NULL, success BOOLEAN NOT NULL)");
    }
  }

  private static boolean historyTableExists(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?")) {
      ps.setString(1, HISTORY_TABLE);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Applied versions → checksums, of the successful rows. */
  private static TreeMap<Integer, Integer> applied(Connection c) throws SQLException {
    TreeMap<Integer, Integer> applied = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, checksum, success FROM " + HISTORY_TABLE
            + " WHERE version IS NOT NULL")) {
      while (rs.next()) {
        String v = rs.getString(1);
        int version;
        try {
          version = Integer.parseInt(v);
        } catch (NumberFormatException e) {
          throw new LedgerSchemaException("the table " + HISTORY_TABLE + " holds version '" + v
              + "', which is not a ledger schema version (a whole number)", -1, KNOWN_VERSION, e);
        }
        if (!rs.getBoolean(3)) {
          throw new LedgerSchemaException("the ledger schema's migration to version " + version
              + " failed earlier and is marked failed in " + HISTORY_TABLE + "; repair it by hand", version,
              KNOWN_VERSION, null);
        }
        applied.put(version, rs.getInt(2));
      }
    }
    return applied;
  }

  /** Checks the applied versions against the scripts and returns the current version. */
  private static int validate(TreeMap<Integer, Integer> applied) {
    int version = applied.isEmpty() ? 0 : applied.lastKey();
    if (version > KNOWN_VERSION) {
      throw new LedgerSchemaException("the database's ledger schema is at version " + version
          + ", newer than this code knows (" + KNOWN_VERSION + "): it was written by a later release; upgrade "
          + "backoffice-ledger-jdbc", version, KNOWN_VERSION, null);
    }
    for (int v = 1; v <= version; v++) {
      Integer checksum = applied.get(v);
      if (checksum == null) {
        throw new LedgerSchemaException("the ledger schema has version " + version + " but not version " + v
            + " in " + HISTORY_TABLE, version, KNOWN_VERSION, null);
      }
      int expected = checksum(script(v));
      if (checksum != expected) {
        throw new LedgerSchemaException("the ledger schema's version " + v + " was applied from a script with checksum "
            + checksum + ", but this code's " + SCRIPTS.get(v - 1) + " has checksum " + expected, version, KNOWN_VERSION,
            null);
      }
    }
    return version;
  }

  private static void applyNext(Connection c, int version, int rank) throws SQLException {
    String name = SCRIPTS.get(version - 1);
    String text = script(version);
    long start = System.nanoTime();
    try (Statement s = c.createStatement()) {
      for (String statement : statements(text)) {
        s.execute(statement);
      }
    }
    int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY_TABLE
        + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
        + " VALUES (?, ?, ?, 'SQL', ?, ?, current_user, ?, TRUE)")) {
      ps.setInt(1, rank);
      ps.setString(2, Integer.toString(version));
      ps.setString(3, name.substring(name.indexOf("__") + 2, name.length() - 4).replace('_', ' '));
      ps.setString(4, name);
      ps.setInt(5, checksum(text));
      ps.setInt(6, millis);
      ps.executeUpdate();
    }
  }

  /** The text of a version's script. */
  static String script(int version) {
    String path = LOCATION + "/" + SCRIPTS.get(version - 1);
    try (InputStream in = LedgerSchema.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new LedgerStoreException("the ledger schema script " + path + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
  }

  /**
   * Flyway's checksum of a script: CRC-32 over the UTF-8 bytes of each line without its line break (and
   * without a leading byte-order mark), so that Flyway's {@code validate} accepts rows this migrator wrote.
   */
  static int checksum(String text) {
    CRC32 crc = new CRC32();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      boolean first = true;
      while ((line = r.readLine()) != null) {
        if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        first = false;
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (int) crc.getValue();
  }

  /**
   * Splits a script into statements: at each semicolon that ends a line, after removing {@code --} comment
   * lines. The ledger's scripts keep to that form (no semicolons inside strings or bodies).
   */
  static List<String> statements(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String s = current.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
