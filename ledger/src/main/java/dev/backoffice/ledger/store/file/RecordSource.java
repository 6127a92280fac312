package dev.backoffice.ledger.store.file;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Reads one frame payload for {@link RecordCodec}'s decoder: variable-length numbers, strings, dates, money;
 * every read checks the bounds. Owns its position in the payload; shares the decoder's currency cache.
 */
final class RecordSource {
  final byte[] b;
  int pos;
  final int end;
  final Map<Integer, CurrencyUnit> currencies;

  RecordSource(byte[] b, int off, int len, Map<Integer, CurrencyUnit> currencies) {
    this.b = b;
    this.pos = off;
    this.end = off + len;
    this.currencies = currencies;
  }

  private void need(int n) {
    if (n < 0 || end - pos < n) {
      throw new IllegalArgumentException("the record ends early: " + n + " more bytes expected, "
          + (end - pos) + " left");
    }
  }

  int u8() {
    need(1);
    return b[pos++] & 0xff;
  }

  /** A flags byte that may only use the given bits: others are features of a newer version. */
  int flags(int known) {
    int f = u8();
    if ((f & ~known) != 0) {
      throw new IllegalArgumentException("unknown flags " + Integer.toBinaryString(f & ~known)
          + " (written by a newer version?)");
    }
    return f;
  }

  long varlong() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int x = u8();
      v |= (long) (x & 0x7f) << shift;
      if ((x & 0x80) == 0) {
        return v;
      }
    }
    throw new IllegalArgumentException("a variable-length number is longer than 10 bytes");
  }

  long zigzag() {
    long v = varlong();
    return (v >>> 1) ^ -(v & 1);
  }

  int count() {
    long n = varlong();
    if (n > end - pos) { // every element takes at least one byte
      throw new IllegalArgumentException("a count of " + n + " exceeds the " + (end - pos) + " bytes left");
    }
    return (int) n;
  }

  String str() {
    int n = count();
    need(n);
    int end = pos + n;
    boolean ascii = true;
    for (int i = pos; i < end && ascii; i++) {
      ascii = b[i] >= 0;
    }
    if (ascii) {
      String s = new String(b, pos, n, StandardCharsets.ISO_8859_1);
      pos = end;
      return s;
    }
    char[] chars = new char[n];
    int len = 0;
    while (pos < end) {
      int x = b[pos++] & 0xff;
      if (x < 0x80) {
        chars[len++] = (char) x;
      } else if (x >= 0xC2 && x < 0xE0) {
        chars[len++] = (char) ((x & 0x1F) << 6 | continuation(end));
      } else if (x >= 0xE0 && x < 0xF0) {
        int cp = (x & 0x0F) << 12 | continuation(end) << 6 | continuation(end);
        if (cp < 0x800) {
          throw new IllegalArgumentException("an overlong UTF-8 sequence");
        }
        chars[len++] = (char) cp;
      } else if (x >= 0xF0 && x < 0xF5) {
        int cp = (x & 0x07) << 18 | continuation(end) << 12 | continuation(end) << 6 | continuation(end);
        if (cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
          throw new IllegalArgumentException("a 4-byte UTF-8 sequence out of range");
        }
        chars[len++] = Character.highSurrogate(cp);
        chars[len++] = Character.lowSurrogate(cp);
      } else {
        throw new IllegalArgumentException("invalid UTF-8 lead byte 0x" + Integer.toHexString(x));
      }
    }
    return new String(chars, 0, len);
  }

  private int continuation(int end) {
    if (pos >= end || (b[pos] & 0xC0) != 0x80) {
      throw new IllegalArgumentException("a UTF-8 sequence is cut short");
    }
    return b[pos++] & 0x3F;
  }

  LocalDate date() {
    return LocalDate.ofEpochDay(zigzag());
  }

  Instant instant() {
    long seconds = zigzag();
    long nanos = varlong();
    if (nanos > 999_999_999L) {
      throw new IllegalArgumentException("nanoseconds " + nanos + " exceed 999999999");
    }
    return Instant.ofEpochSecond(seconds, nanos);
  }

  CurrencyUnit currency() {
    need(3);
    int key = (b[pos] & 0xff) << 16 | (b[pos + 1] & 0xff) << 8 | (b[pos + 2] & 0xff);
    CurrencyUnit cu = currencies.get(key);
    if (cu == null) {
      cu = CurrencyUnit.of(new String(b, pos, 3, StandardCharsets.US_ASCII));
      currencies.put(key, cu);
    }
    pos += 3;
    return cu;
  }

  BigInteger unscaled() {
    long v = zigzag();
    return v != Long.MIN_VALUE ? BigInteger.valueOf(v) : big();
  }

  /** The two's-complement bytes after the escape. */
  private BigInteger big() {
    int n = count();
    need(n);
    if (n == 0) {
      throw new IllegalArgumentException("an escaped big number has no bytes");
    }
    BigInteger big = new BigInteger(b, pos, n);
    pos += n;
    return big;
  }

  Money money() {
    CurrencyUnit cu = currency();
    long v = zigzag();
    return v != Long.MIN_VALUE ? Money.ofMinor(cu, v) : Money.of(cu, new BigDecimal(big(), cu.getDecimalPlaces()));
  }

  BigDecimal decimal() {
    long scale = zigzag();
    if (scale < Integer.MIN_VALUE || scale > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("decimal scale " + scale + " is out of range");
    }
    return new BigDecimal(unscaled(), (int) scale);
  }
}
