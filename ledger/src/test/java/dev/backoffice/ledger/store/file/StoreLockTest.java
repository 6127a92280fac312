package dev.backoffice.ledger.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's lock keeps every other opener out — another store of this JVM and another process — and a refused
 * open does not weaken it. On Linux the OS lock belongs to the process and closing any descriptor of the lock
 * file drops it, so a refused in-process open that opened and closed {@code ledger.lock} once let a second
 * process open and write the same log while the first store was still writing.
 */
class StoreLockTest {
  @TempDir Path dir;

  private int probeFromAnotherProcess() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "-XX:TieredStopAtLevel=1", "-Xmx64m", LockProbe.class.getName(), dir.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the probe finished").isTrue();
    return p.exitValue();
  }

  @Test
  void anotherProcessIsKeptOutAfterARefusedOpenInThisProcess() throws Exception {
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      assertThat(probeFromAnotherProcess()).as("refused while the store is open").isEqualTo(3);
      assertThatThrownBy(() -> FileLedgerStore.open(dir)).isInstanceOf(StoreFileException.class)
          .hasMessageContaining("only one may open it for writing");
      assertThatThrownBy(() -> FileLedgerStore.open(dir.resolve(".").resolve("x").resolve("..")))
          .as("the same directory by another spelling").isInstanceOf(StoreFileException.class);
      assertThat(probeFromAnotherProcess()).as("still refused after the refused opens in this process").isEqualTo(3);
      assertThat(store.head().records()).isZero();
    }
    assertThat(probeFromAnotherProcess()).as("free once closed").isZero();
    FileLedgerStore.open(dir).close(); // and free for this process again
  }

  @Test
  void aStoreThatFailsToOpenGivesTheDirectoryBack() throws Exception {
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.write(dir.resolve("ledger.log"), new byte[80]); // a header of zeros: not a log
    assertThatThrownBy(() -> FileLedgerStore.open(dir)).isInstanceOf(StoreFileException.class)
        .hasMessageNotContaining("only one may open it");
    java.nio.file.Files.delete(dir.resolve("ledger.log"));
    FileLedgerStore.open(dir).close(); // the failed open gave its claim back: this process may open it again
    assertThat(probeFromAnotherProcess()).as("and so may another").isZero();
  }
}
