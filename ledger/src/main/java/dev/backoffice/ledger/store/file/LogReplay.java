package dev.backoffice.ledger.store.file;

import dev.backoffice.ledger.store.LedgerRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reading a {@link FileLedgerStore}'s durable records back for {@code replay}: each record's checksum, number
 * and (when asked) its place in the hash chain are checked, then it is decoded and handed on. Owns no state.
 */
final class LogReplay {
  private LogReplay() {}

  /** Feeds the records of the log up to {@code end}, oldest first, to the sink. */
  static void replay(Path logPath, String logName, long end, int allowedFlags, byte[] genesisHash, boolean chain,
      Consumer<LedgerRecord> sink) {
    RecordCodec codec = new RecordCodec();
    MessageDigest md = Format.sha256();
    byte[] prev = genesisHash;
    long expected = 0;
    try (LogReader r = new LogReader(logPath, Format.FILE_HEADER, end, allowedFlags)) {
      while (true) {
        long offset = r.position();
        LogReader.Status s = r.peek();
        if (s == LogReader.Status.END) {
          return;
        }
        if (s != LogReader.Status.VALID) {
          throw error(logName, offset, expected, LogRecovery.describe(s) + ": the log is damaged before its last acknowledged record;"
              + " restore it from a backup", null);
        }
        if (r.index() != expected) {
          throw error(logName, offset, expected, "expected record #" + expected + " but found record #" + r.index()
              + ": a record is missing or out of place", null);
        }
        if (chain) {
          if (!r.prevHashEquals(prev)) {
            throw error(logName, offset, expected, "the record does not carry the hash of the record before it: record #"
                + (expected - 1) + " (or this one) was modified after it was written", null);
          }
          md.update(r.array(), r.at(), r.frameLength());
          prev = md.digest();
        }
        LedgerRecord record;
        try {
          record = codec.decode(r.type(), r.array(), r.payloadAt(), r.payloadLength());
        } catch (RuntimeException e) {
          throw error(logName, offset, expected, "the record cannot be decoded: " + e.getMessage(), e);
        }
        r.advance();
        expected++;
        sink.accept(record);
      }
    } catch (IOException e) {
      throw error(logName, -1, expected, "reading the log failed: " + e, e);
    }
  }

  private static StoreFileException error(String logName, long offset, long record, String message,
      @Nullable Throwable cause) {
    return new StoreFileException(logName, offset, record, message, cause);
  }
}
