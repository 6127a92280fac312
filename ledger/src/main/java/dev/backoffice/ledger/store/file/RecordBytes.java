package dev.backoffice.ledger.store.file;

import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.store.LedgerRecord;
import java.util.Arrays;

/**
 * The file store's binary encoding of one {@link LedgerRecord} (the payload of a frame; the layout is in
 * {@code FORMAT.md}), offered to other stores that keep records as
 * bytes, such as the JDBC store, so that one encoding serves every durable store.
 */
public final class RecordBytes {
  private final RecordCodec codec = new RecordCodec();

  private RecordBytes() {}

  /**
   * A reader of payloads. Not thread-safe: it shares repeated strings (account codes) between the records it
   * reads, so use one per thread or per replay.
   *
   * @return a new reader
   */
  public static RecordBytes reader() {
    return new RecordBytes();
  }

  /**
   * Encodes a record: one byte of type code (1 entry posted … 8 account deleted, 10 guard recorded, as in
   * {@code FORMAT.md}) followed by the frame payload.
   *
   * @param record the record
   * @return its bytes
   */
  public static byte[] encode(LedgerRecord record) {
    Checks.notNull(record, "record");
    ByteSink out = new ByteSink(256);
    out.u8(0);
    int type = RecordCodec.encode(record, out);
    byte[] bytes = Arrays.copyOf(out.array(), out.size());
    bytes[0] = (byte) type;
    return bytes;
  }

  /**
   * Reads a payload back into a record.
   *
   * @param bytes bytes from {@link #encode}
   * @return the record, built through its values' own factories
   * @throws IllegalArgumentException (or a value's own validation exception) when the bytes are not a valid
   *     record of this type
   */
  public LedgerRecord decode(byte[] bytes) {
    Checks.notNull(bytes, "bytes");
    if (bytes.length == 0) {
      throw new IllegalArgumentException("an encoded record has at least its type byte; got none");
    }
    return codec.decode(bytes[0] & 0xFF, bytes, 1, bytes.length - 1);
  }
}
