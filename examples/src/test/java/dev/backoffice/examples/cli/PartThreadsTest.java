package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PartThreads}: how many parts a file is read in, and the threads that read them. */
class PartThreadsTest {
  private static final long LIMIT = PartThreads.SHARED_WITH_COMPILER_BYTES;

  @Test
  void aFileBelowTheLimitLeavesOneCoreToTheCompilers() {
    assertThat(PartThreads.parallelism(21_600_000, 2)).isEqualTo(1);
    assertThat(PartThreads.parallelism(LIMIT - 1, 2)).isEqualTo(1);
    assertThat(PartThreads.parallelism(LIMIT - 1, 8)).isEqualTo(7);
    assertThat(PartThreads.parallelism(0, 4)).isEqualTo(3);
  }

  @Test
  void aFileFromTheLimitOnTakesEveryCore() {
    assertThat(PartThreads.parallelism(LIMIT, 2)).isEqualTo(2);
    assertThat(PartThreads.parallelism(216_000_000, 8)).isEqualTo(8);
  }

  @Test
  void oneCoreReadsInOnePart() {
    assertThat(PartThreads.parallelism(1, 1)).isEqualTo(1);
    assertThat(PartThreads.parallelism(LIMIT * 4, 1)).isEqualTo(1);
  }

  @Test
  void theSizeIsTheFilesOwn(@TempDir Path dir) throws Exception {
    Path small = Files.writeString(dir.resolve("small.ledger"), "2025-01-01 x\n  A  1.00 PLN\n  B\n");
    int cores = Runtime.getRuntime().availableProcessors();
    assertThat(PartThreads.parallelism(small)).isEqualTo(Math.max(1, cores - 1));
  }

  @Test
  void eachTaskRunsOnADaemonThreadOfItsOwn() throws InterruptedException {
    AtomicReference<Thread> ran = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    new PartThreads().execute(() -> {
      ran.set(Thread.currentThread());
      done.countDown();
    });
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(ran.get()).isNotSameAs(Thread.currentThread());
    assertThat(ran.get().isDaemon()).isTrue();
    assertThat(ran.get().getName()).isEqualTo("balance-part");
  }
}
