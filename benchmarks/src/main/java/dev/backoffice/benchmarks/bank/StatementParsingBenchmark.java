package dev.backoffice.benchmarks.bank;

import dev.backoffice.ledger.bank.BankStatement;
import dev.backoffice.ledger.bank.CamtReader;
import dev.backoffice.ledger.bank.Mt940Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Statement parsing throughput on generated statements ({@link StatementGenerator}, seed 7): MT940 (Polish {@code ^}
 * subfields) and camt.053.001.02 of the same number of lines, from bytes to balanced {@link BankStatement} values.
 * Besides operations per second, JMH reports the secondary rates {@code bytes} (divide by 10⁶ for MB/s) and
 * {@code lines} (statement lines per second).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StatementParsingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StatementParsingBenchmark {
  /** Lines per statement (10,000: MT940 ≈ 2.2 MB, camt ≈ 7 MB). */
  @Param({"10000"})
  public int lines;

  private byte[] mt940;
  private byte[] camt;

  /** Bytes and lines read, reported by JMH as rates per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Volume {
    /** Bytes read. */
    public long bytes;
    /** Statement lines read. */
    public long lines;
  }

  /** Generates both files. */
  @Setup(Level.Trial)
  public void generate() {
    mt940 = StatementGenerator.mt940(lines, 7).getBytes(StandardCharsets.UTF_8);
    camt = StatementGenerator.camt053(lines, 7).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * MT940 bytes to statements.
   *
   * @param volume the counters
   * @return the statements
   */
  @Benchmark
  public List<BankStatement> mt940(Volume volume) {
    List<BankStatement> s = Mt940Reader.standard().read("bench.sta", mt940);
    volume.bytes += mt940.length;
    volume.lines += s.get(0).lines().size();
    return s;
  }

  /**
   * camt.053 bytes to statements.
   *
   * @param volume the counters
   * @return the statements
   */
  @Benchmark
  public List<BankStatement> camt053(Volume volume) {
    List<BankStatement> s = CamtReader.standard().read("bench.xml", camt);
    volume.bytes += camt.length;
    volume.lines += s.get(0).lines().size();
    return s;
  }
}
