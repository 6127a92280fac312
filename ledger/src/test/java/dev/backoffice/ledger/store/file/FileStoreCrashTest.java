package dev.backoffice.ledger.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.PostedEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash simulation: a child JVM writes to the store from four threads and is killed ({@code destroyForcibly},
 * SIGKILL on Linux) at a random moment, 50 times, on the same store. After each kill the store is reopened:
 * every operation the child acknowledged must be there, every entry must be exactly what the child built
 * (nothing partial), and the verifier must pass. In odd rounds the child's store has an executor that writes
 * records while the writers post; in even rounds the waiting writers write them.
 *
 * <p>SIGKILL loses what the process had not handed to the kernel; it does not lose the kernel's page cache,
 * so torn tails here come from kills between or during the write calls of a batch. Power loss is simulated
 * by the truncation and corruption tests of {@link FileStoreRecoveryTest}.
 */
class FileStoreCrashTest {
  private static final int ROUNDS = 50;
  private static final int WRITERS = 4;
  private static final Logger LOG = LoggerFactory.getLogger(FileStoreCrashTest.class);

  @TempDir Path dir;

  /** What the child acknowledged about a sale: P posted, R reserved, C committed, V voided (the latest wins). */
  private final Map<Long, Character> acknowledged = new TreeMap<>();
  /** The sales whose group of three accounts the child acknowledged ({@link CrashChild#group}). */
  private final Set<Long> groups = new TreeSet<>();
  private int groupsSeen;
  private int tornInjected;

  @Test
  void everyAcknowledgedOperationSurvivesAKillAtARandomMoment() throws Exception {
    Random random = new Random(20250131L);
    Path store = dir.resolve("store");
    int tornTails = 0;
    for (int round = 0; round < ROUNDS; round++) {
      // a few rounds kill the child while it opens and recovers the store, the rest while it writes
      boolean duringStartup = round % 10 == 9;
      int delayMillis = duringStartup ? random.nextInt(600) : 5 + random.nextInt(150);
      // odd rounds give the child's store an executor that writes records while the writers post
      List<String> lines = runAndKill(store, round * 1_000_000L, delayMillis, !duringStartup, round == 0, round % 2 == 1);
      record(lines);
      if (round % 3 == 1) {
        tearUnacknowledgedLastRecord(store, random);
      }
      try (FileLedgerStore reopened = FileLedgerStore.open(store); Ledger ledger = StoreFixtures.ledger(reopened)) {
        if (reopened.recovery().truncatedBytes() > 0) {
          tornTails++;
        }
        checkAcknowledged(ledger, round);
        checkNothingPartial(ledger, round);
        checkGroups(ledger, round);
      }
      FileStoreReport report = FileStoreVerifier.verify(store);
      assertThat(report.problems()).as("verifier after round %d", round).isEmpty();
    }
    assertThat(acknowledged).as("the children acknowledged operations").hasSizeGreaterThan(ROUNDS);
    assertThat(groups).as("the children acknowledged groups of accounts").isNotEmpty();
    LOG.info("{} kills, {} acknowledged sales, {} acknowledged groups ({} found), {} unacknowledged last records torn,"
        + " {} torn tails cut off on reopen", ROUNDS, acknowledged.size(), groups.size(), groupsSeen, tornInjected,
        tornTails);
    assertThat(tornTails).as("every torn record was found and cut off").isGreaterThanOrEqualTo(tornInjected);
  }

  private List<String> runAndKill(Path store, long firstSale, int delayMillis, boolean waitForReady, boolean tryLock,
      boolean executor) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path stderr = dir.resolve("child-" + firstSale + ".err");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m",
        CrashChild.class.getName(), store.toString(), Long.toString(firstSale), Integer.toString(WRITERS),
        executor ? "executor" : "callers")
        .redirectError(stderr.toFile());
    Process child = pb.start();
    LinkedBlockingQueue<String> ready = new LinkedBlockingQueue<>();
    CompletableFuture<List<String>> output = CompletableFuture.supplyAsync(() -> {
      List<String> lines = new ArrayList<>();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.equals("READY;")) {
            ready.add(line);
          }
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("IOException " + e);
      }
      return lines;
    });
    try {
      if (waitForReady) {
        String signal = ready.poll(60, TimeUnit.SECONDS);
        assertThat(signal).as("child started; its stderr: %s", readQuietly(stderr)).isNotNull();
        if (tryLock) {
          assertThatThrownBy(() -> FileLedgerStore.open(store))
              .isInstanceOf(StoreFileException.class)
              .hasMessageContaining("open in another process")
              .hasMessageContaining("pid " + child.pid());
        }
      }
      Thread.sleep(delayMillis);
      assertThat(child.isAlive()).as("child still writing; its stderr: %s", readQuietly(stderr)).isTrue();
    } finally {
      child.destroyForcibly();
      child.waitFor(60, TimeUnit.SECONDS);
    }
    try {
      return output.get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("reading the child's output failed", e);
    }
  }

  /**
   * What a power loss may add to a kill: the last record, if the child never acknowledged it (so it may not
   * have been synced), is cut short or overwritten with garbage.
   */
  private void tearUnacknowledgedLastRecord(Path store, Random random) throws IOException {
    Path log = StoreFixtures.log(store);
    byte[] file = Files.readAllBytes(log);
    List<StoreFixtures.Frame> frames = StoreFixtures.frames(file);
    if (frames.isEmpty()) {
      return;
    }
    StoreFixtures.Frame last = frames.get(frames.size() - 1);
    Path checkpoint = store.resolve("ledger.checkpoint");
    long vouched = Files.exists(checkpoint) ? StoreFixtures.getLong(Files.readAllBytes(checkpoint), 44) : 0;
    if (last.offset() < vouched) { // FORMAT.md: checkpoint bytes 44..51 are the log end it vouches for
      return; // written before the last clean close, so synced
    }
    if (!List.of(1, 2, 3, 4).contains(last.type())) { // FORMAT.md: posted, reserved, committed, voided
      return;
    }
    // every one of these payloads starts with the entry id as a str: one length byte, then "S-n"
    int len = file[last.payloadOffset()];
    long n = Long.parseLong(new String(file, last.payloadOffset() + 3, len - 2, StandardCharsets.US_ASCII));
    char op = "PRCV".charAt(last.type() - 1);
    Character ack = acknowledged.get(n);
    if (ack != null && (op == 'R' || ack == op)) {
      return; // acknowledged, hence synced: a power loss cannot take it
    }
    int cut = 1 + random.nextInt(last.length() - 1);
    if (random.nextBoolean()) {
      Files.write(log, java.util.Arrays.copyOf(file, (int) last.offset() + cut));
    } else {
      for (int i = cut; i < last.length(); i++) {
        file[(int) last.offset() + i] = (byte) random.nextInt();
      }
      Files.write(log, file);
    }
    tornInjected++;
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  /** Only whole lines (ending in ';') count: the kill may cut the last one. */
  private void record(List<String> lines) {
    for (String line : lines) {
      if (!line.endsWith(";") || line.equals("READY;")) {
        continue;
      }
      char op = line.charAt(0);
      long n = Long.parseLong(line.substring(2, line.length() - 1));
      if (op == 'A') {
        groups.add(n);
        continue;
      }
      acknowledged.merge(n, op, (was, now) -> rank(now) > rank(was) ? now : was);
    }
  }

  private static int rank(char op) {
    return op == 'R' ? 0 : 1;
  }

  private void checkAcknowledged(Ledger ledger, int round) {
    for (Map.Entry<Long, Character> a : acknowledged.entrySet()) {
      EntryId id = EntryId.of("S-" + a.getKey());
      PostedEntry p = ledger.entry(id).orElse(null);
      assertThat(p).as("round %d: acknowledged %s %s is present", round, a.getValue(), id).isNotNull();
      switch (a.getValue()) {
        case 'P':
        case 'C':
          assertThat(p.status()).as("round %d: %s", round, id).isEqualTo(EntryStatus.POSTED);
          break;
        case 'V':
          assertThat(p.status()).as("round %d: %s", round, id).isEqualTo(EntryStatus.VOIDED);
          break;
        default: // reserved: later steps may have happened without their acknowledgement reaching the parent
          assertThat(p.status()).as("round %d: %s", round, id).isIn(EntryStatus.PENDING, EntryStatus.POSTED,
              EntryStatus.VOIDED);
      }
    }
  }

  /** Every acknowledged group of accounts is there, and every group there is whole: three accounts, never fewer. */
  private void checkGroups(Ledger ledger, int round) {
    Map<Long, List<String>> found = new TreeMap<>();
    for (Account a : ledger.chart().accounts()) {
      if (a.code().startsWith("130-")) {
        long n = Long.parseLong(a.code().substring(4, a.code().lastIndexOf('-')));
        found.computeIfAbsent(n, k -> new ArrayList<>()).add(a.code());
      }
    }
    for (Map.Entry<Long, List<String>> g : found.entrySet()) {
      assertThat(g.getValue()).as("round %d: group of sale %d", round, g.getKey())
          .containsExactlyInAnyOrderElementsOf(CrashChild.group(g.getKey()).stream().map(Account::code)
              .collect(Collectors.toList()));
    }
    assertThat(found.keySet()).as("round %d: acknowledged groups", round).containsAll(groups);
    groupsSeen = found.size();
  }

  /** Every entry the ledger holds is exactly the sale the child built, and the journal has no gaps. */
  private static void checkNothingPartial(Ledger ledger, int round) {
    List<PostedEntry> all = Stream.concat(ledger.journal(), ledger.pending().stream()).collect(Collectors.toList());
    long sequence = 0;
    for (PostedEntry p : all) {
      long n = Long.parseLong(p.id().value().substring(2));
      assertThat(p.entry()).as("round %d: content of %s", round, p.id()).isEqualTo(StoreFixtures.sale(n));
      if (p.status() == EntryStatus.POSTED) {
        assertThat(p.sequence()).as("round %d: journal sequence of %s", round, p.id()).isEqualTo(++sequence);
      }
    }
  }
}
