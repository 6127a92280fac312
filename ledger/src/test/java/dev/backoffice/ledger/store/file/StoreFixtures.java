package dev.backoffice.ledger.store.file;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.joda.money.Money;

/**
 * Helpers for the file store's tests, including a reader and writer of frames written from FORMAT.md alone
 * (not from the production code), so that tests can locate, damage and re-seal records independently.
 */
final class StoreFixtures {
  static final Instant T0 = Instant.parse("2025-01-31T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  /** FORMAT.md: the log header is 64 bytes; a frame is a 64-byte header, the payload and a 4-byte CRC. */
  static final int FILE_HEADER = 64;
  static final int FRAME_HEADER = 64;

  private StoreFixtures() {}

  static Money pln(String amount) {
    return Monies.of("PLN", amount);
  }

  /**
   * A ledger with a fixed clock on the store; a new store gets the Polish chart template. (An existing one
   * does not: the builder would reopen template accounts that were deleted.)
   */
  static Ledger ledger(FileLedgerStore store) {
    Ledger.Builder b = Ledger.builder().store(store).clock(CLOCK);
    if (store.recovery().created()) {
      b.chart(PolishChartOfAccounts.template());
    }
    return b.build();
  }

  /**
   * Sale number n: Dr 201 / Cr 700 of {@link #amount(long)}, id "S-n", dated in January 2025.
   */
  static JournalEntry sale(long n) {
    Money amount = amount(n);
    return JournalEntry.builder().id(EntryId.of("S-" + n)).date(LocalDate.of(2025, 1, 1 + (int) (n % 28)))
        .description("sale " + n)
        .addLines(JournalLine.debit("201", amount), JournalLine.credit("700", amount)).build();
  }

  /** n złoty and (n mod 100) + 1 grosze: distinct and growing with n, so an entry's content follows from its number. */
  static Money amount(long n) {
    return Money.of(Monies.PLN, BigDecimal.valueOf(n * 100 + 1 + n % 100, 2));
  }

  /** What a crash just after the last write leaves: the log without the checkpoint a clean close writes. */
  static void forgetCheckpoint(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve("ledger.checkpoint"));
  }

  static Path log(Path dir) {
    return dir.resolve("ledger.log");
  }

  /** One frame as FORMAT.md lays it out. */
  record Frame(long offset, int length, int type, long index, long batch) {
    int payloadOffset() {
      return (int) offset + FRAME_HEADER;
    }

    long end() {
      return offset + length;
    }
  }

  /** The frames of a log, by their length fields, up to the first that does not fit. */
  static List<Frame> frames(byte[] file) {
    List<Frame> out = new ArrayList<>();
    int at = FILE_HEADER;
    while (at + FRAME_HEADER + 4 <= file.length && getInt(file, at) == 0x4C524543) {
      int length = FRAME_HEADER + getInt(file, at + 8) + 4;
      if (at + length > file.length) {
        break;
      }
      out.add(new Frame(at, length, file[at + 4], getLong(file, at + 12), getLong(file, at + 20)));
      at += length;
    }
    return out;
  }

  static List<Frame> frames(Path dir) {
    try {
      return frames(Files.readAllBytes(log(dir)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Recomputes the header CRC (bytes 0..59 into 60..63) and the frame CRC (all but the last 4 bytes). */
  static void seal(byte[] file, Frame f) {
    int at = (int) f.offset();
    putInt(file, at + 60, crc(file, at, 60));
    putInt(file, at + f.length() - 4, crc(file, at, f.length() - 4));
  }

  /** Re-seals frames from {@code from} on with previous hashes recomputed: what a forger who rewrites the chain does. */
  static void rechain(byte[] file, List<Frame> frames, int from) {
    for (int i = from; i < frames.size(); i++) {
      Frame f = frames.get(i);
      byte[] prev = i == 0 ? sha256(file, 0, FILE_HEADER)
          : sha256(file, (int) frames.get(i - 1).offset(), frames.get(i - 1).length());
      System.arraycopy(prev, 0, file, (int) f.offset() + 28, 32);
      seal(file, f);
    }
  }

  static int crc(byte[] b, int off, int len) {
    CRC32C c = new CRC32C();
    c.update(b, off, len);
    return (int) c.getValue();
  }

  static byte[] sha256(byte[] b, int off, int len) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(b, off, len);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02x", x));
    }
    return s.toString();
  }

  static int getInt(byte[] b, int off) {
    return (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8 | (b[off + 3] & 0xff);
  }

  static long getLong(byte[] b, int off) {
    return (long) getInt(b, off) << 32 | (getInt(b, off + 4) & 0xffffffffL);
  }

  static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }

  static void putLong(byte[] b, int off, long v) {
    putInt(b, off, (int) (v >>> 32));
    putInt(b, off + 4, (int) v);
  }

  /** The first position of {@code needle} in {@code hay} at or after {@code from}, or -1. */
  static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
