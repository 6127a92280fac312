package dev.backoffice.ledger.io;

import dev.backoffice.core.error.BackOfficeException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Parses a journal file into {@link SumSink}s without building entries: a large file is cut at block starts into
 * parts parsed in parallel on the caller's executor, each with its own names and sums; a file with balance
 * assertions or assignments is parsed again in one part with them settled (they need every line in date order).
 * JDK base classes only, no lambdas: the balance path of a short-lived tool runs through here, and its time
 * should go to the file rather than to loading and linking classes.
 */
final class FileParts {
  /** Files smaller than this are parsed in one part: splitting would cost more than it saves. */
  static final long MIN_PART_BYTES = 4L << 20;

  private FileParts() {}

  /** Makes the sink of each part. */
  interface Sinks<S extends SumSink> {
    S create();
  }

  /** One part of the file: its own parser, names and sums. */
  static final class Part<S extends SumSink> implements Runnable {
    final Symbols symbols = new Symbols(true);
    final S sink;
    private final JournalParser parser;
    private final String path;
    private final long start;
    private final long stop;
    private final Flag failed;
    private Throwable failure;
    private boolean done;

    Part(String source, S sink, boolean tracking, String path, long start, long stop, Flag failed) {
      this.sink = sink;
      this.parser = new JournalParser(source, symbols, sink, tracking);
      this.path = path;
      this.start = start;
      this.stop = stop;
      this.failed = failed;
    }

    @Override
    public void run() {
      try (RandomAccessFile file = new RandomAccessFile(path, "r")) {
        parser.parse(new ByteInput.Raf(file, start), start, stop, start == 0, failed);
        sink.namePrices(symbols);
      } catch (IOException e) {
        failure = new BackOfficeException("cannot read journal " + path + ": " + e.getMessage(), e);
        failed.set = true;
      } catch (RuntimeException | Error e) {
        failure = e;
        failed.set = true;
      } finally {
        synchronized (this) {
          done = true;
          notifyAll();
        }
      }
    }

    synchronized void await() {
      boolean interrupted = false;
      while (!done) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Set when a part failed, so that the others stop early. */
  static final class Flag implements BooleanSupplier {
    volatile boolean set;

    @Override
    public boolean getAsBoolean() {
      return set;
    }
  }

  /**
   * Parses the file.
   *
   * @return the parts in file order, each parsed to its end
   * @throws JournalParseException for the first error in file order (lines counted in the whole file)
   * @throws BackOfficeException when the file cannot be read
   */
  static <S extends SumSink> List<Part<S>> parse(Path file, Sinks<S> sinks, Executor executor, int parallelism,
      long minPartBytes) {
    String source = file.toString();
    // RandomAccessFile rather than a FileChannel: the balance path of a short run loads fewer classes
    try (RandomAccessFile ch = new RandomAccessFile(source, "r")) {
      List<Part<S>> parts = parse(source, ch, sinks, executor, parallelism, minPartBytes, false);
      if (parts == null) {
        parts = parse(source, ch, sinks, executor, 1, minPartBytes, true);
      }
      return parts;
    } catch (IOException e) {
      throw new BackOfficeException("cannot read journal " + source + ": " + e.getMessage(), e);
    }
  }

  /** One attempt; null when the file needs assertion tracking and {@code tracking} is off. */
  private static <S extends SumSink> List<Part<S>> parse(String source, RandomAccessFile ch, Sinks<S> sinks,
      Executor executor, int parallelism, long minPartBytes, boolean tracking) throws IOException {
    long size = ch.length();
    int n = (int) Math.max(1, Math.min(parallelism, size / minPartBytes));
    long[] starts = new long[n + 1];
    int k = 1;
    for (int i = 1; i < n; i++) {
      long s = nextBlockStart(ch, size * i / n);
      if (s > starts[k - 1]) {
        starts[k++] = s;
      }
    }
    starts[k] = Long.MAX_VALUE;
    Flag failed = new Flag();
    List<Part<S>> parts = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      parts.add(new Part<>(source, sinks.create(), tracking, source, starts[i], starts[i + 1], failed));
    }
    for (int i = 1; i < k; i++) {
      executor.execute(parts.get(i));
    }
    parts.get(0).run();
    for (int i = 1; i < k; i++) {
      parts.get(i).await();
    }
    for (Part<S> p : parts) {
      if (p.failure instanceof JournalParser.NeedsTracking) {
        return null;
      }
    }
    for (int i = 0; i < k; i++) {
      Throwable f = parts.get(i).failure;
      if (f instanceof JournalParseException && i > 0) {
        throw ((JournalParseException) f).movedDown(newlinesBefore(ch, starts[i]));
      }
      if (f instanceof RuntimeException) {
        throw (RuntimeException) f;
      }
      if (f instanceof Error) {
        throw (Error) f;
      }
    }
    return parts;
  }

  /** The offset of the first line at or after {@code from} that starts a block, or -1. */
  static long nextBlockStart(RandomAccessFile file, long from) throws IOException {
    if (from <= 0) {
      return 0;
    }
    byte[] b = new byte[64 * 1024];
    long pos = from - 1;
    byte prev = 0;
    boolean first = true;
    while (true) {
      file.seek(pos);
      int n = file.read(b, 0, b.length);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        byte c = b[i];
        if (!first && prev == '\n' && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
          return pos + i;
        }
        first = false;
        prev = c;
      }
      pos += n;
    }
  }

  private static long newlinesBefore(RandomAccessFile file, long end) throws IOException {
    byte[] b = new byte[1 << 20];
    long lines = 0;
    file.seek(0);
    long pos = 0;
    while (pos < end) {
      int n = file.read(b, 0, (int) Math.min(b.length, end - pos));
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
      pos += n;
    }
    return lines;
  }
}
