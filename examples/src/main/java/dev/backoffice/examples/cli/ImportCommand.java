package dev.backoffice.examples.cli;

import com.google.common.hash.Hashing;
import com.zaxxer.hikari.HikariDataSource;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.entry.BatchResult;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostingOutcome;
import dev.backoffice.ledger.io.JournalParseException;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.ledger.io.JournalTransaction;
import dev.backoffice.ledger.io.ParsedJournal;
import dev.backoffice.ledger.jdbc.StaleLedgerException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice import}: posts every transaction of a journal file into the database ledger, in batches.
 * Each transaction carries an idempotency key — its {@code (code)} when it has one, else the file's name and
 * the transaction's position in it — so a second run, or a run after one that was killed, posts only what is
 * not there yet. Several imports may run against one database at once: when another writer got in first, the
 * import reads what it wrote and repeats the batch (the keys make repeating safe).
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Posts every transaction of a journal file (ledger/hledger format) into the ledger in a PostgreSQL database, "
            + "creating or migrating its schema. Running it again posts nothing new."})
final class ImportCommand implements Callable<Integer> {
  /** How often one batch is repeated after another writer got in first, before giving up. */
  private static final int MAX_STALE_RETRIES = 1000;

  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journal file (UTF-8).")
  private Path file;

  @Option(names = "--jdbc", required = true, paramLabel = "URL",
      description = "The database: jdbc:postgresql://HOST[:PORT]/DATABASE[?user=…&password=…].")
  private String url;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1000",
      description = "Transactions posted per database transaction (default 1000).")
  private int batch;

  ImportCommand() {}

  @Override
  public Integer call() {
    if (batch < 1 || batch > 100_000) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--batch': " + batch + " must be between 1 and 100000");
    }
    Commands.requireReadable(file);
    ParsedJournal journal = JournalReader.read(file);
    List<JournalEntry> entries = keyed(journal, file.getFileName().toString());
    long added;
    try (HikariDataSource pool = Databases.pool(url)) {
      added = importAll(pool, journal, entries);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s: %d transactions, %d posted now, %d already in the database%n", file.getFileName(), entries.size(),
        added, entries.size() - added);
    out.flush();
    return 0;
  }

  private long importAll(HikariDataSource pool, ParsedJournal journal, List<JournalEntry> entries) {
    Ledger ledger = Databases.ledger(pool, true);
    try {
      long counted = 0;
      int stale = 0;
      int i = 0;
      while (i < entries.size()) {
        List<JournalEntry> part = entries.subList(i, Math.min(entries.size(), i + batch));
        try {
          openAccounts(ledger, journal);
          long start = ledger.postedCount();
          BatchResult result = ledger.postAll(part);
          for (PostingOutcome o : result.outcomes()) {
            if (o.rejection().isPresent()) {
              JournalTransaction t = journal.transactions().get(i + o.index());
              throw rejected(journal.source(), t, o.rejection().get());
            }
          }
          counted += ledger.postedCount() - start;
          i += part.size();
        } catch (StaleLedgerException e) {
          if (++stale > MAX_STALE_RETRIES) {
            throw e;
          }
          ledger.close();
          ledger = Databases.ledger(pool, false); // reads the other writer's records, then repeats the batch
        }
      }
      return counted;
    } finally {
      ledger.close();
    }
  }

  /** Opens the journal's accounts the ledger lacks (parents first, as the journal's chart lists them). */
  private static void openAccounts(Ledger ledger, ParsedJournal journal) {
    List<Account> missing = new ArrayList<>();
    for (Account a : journal.chart().accounts()) {
      if (!ledger.chart().contains(a.code())) {
        missing.add(a);
      }
    }
    if (!missing.isEmpty()) {
      ledger.openAccounts(missing);
    }
  }

  /** The entries, each with its idempotency key. */
  static List<JournalEntry> keyed(ParsedJournal journal, String fileName) {
    List<JournalEntry> out = new ArrayList<>(journal.transactions().size());
    int position = 0;
    for (JournalTransaction t : journal.transactions()) {
      position++;
      JournalEntry e = t.entry();
      String key = e.document().isPresent() ? "code:" + e.document().get().number() : "file:" + fileName + "#" + position;
      out.add(JournalEntry.builder().from(e).idempotencyKey(key(key)).build());
    }
    return out;
  }

  /** The key itself when it is a valid key, else a digest of it (keys are printable ASCII without spaces, ≤ 128). */
  static IdempotencyKey key(String text) {
    boolean ok = text.length() <= 128;
    for (int i = 0; ok && i < text.length(); i++) {
      char c = text.charAt(i);
      ok = c > ' ' && c < 127;
    }
    return IdempotencyKey.of(ok ? text : "sha256:" + Hashing.sha256().hashString(text, StandardCharsets.UTF_8));
  }

  private static BackOfficeException rejected(String source, JournalTransaction t, BackOfficeException e) {
    JournalParseException p = new JournalParseException(source, t.line().orElse(1), 1, "transaction",
        t.entry().subject(), "must be accepted by the ledger: " + e.getMessage());
    p.initCause(e);
    return p;
  }
}
