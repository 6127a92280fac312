package dev.backoffice.benchmarks.reporting;

import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.jpk.JpkConfig;
import dev.backoffice.reporting.jpk.JpkSchema;
import dev.backoffice.reporting.jpk.JpkSummary;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JPK_KR export of a year of 1,000,000 entries (about 3 million posting lines) to a stream that only
 * counts bytes, in both schemas. The heap is fixed at 6 GB, of which the ledger itself takes most; the
 * export streams, so the file (about 1 GB for JPK_KR_PD, 2 GB for JPK_KR) is never held in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class JpkKrBenchmark {
  @Param({"KR", "KR_PD"})
  public String schema;

  Reports reports;
  private final JpkConfig config = JpkConfig.of("1234563218", "Benchmark sp. z o.o.");

  /** Posts a million entries. */
  @Setup(Level.Trial)
  public void fill() {
    reports = Reports.of(ReportingFixture.ledger(1_000_000, 17));
  }

  /** Counts the bytes written. */
  static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /** Writes the year's file. */
  @Benchmark
  public long exportYear() {
    CountingStream out = new CountingStream();
    JpkSummary s = reports.writeJpkKr(JpkSchema.valueOf(schema), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
        config, out);
    return out.bytes + s.lines();
  }
}
