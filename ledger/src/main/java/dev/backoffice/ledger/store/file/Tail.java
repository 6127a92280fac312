package dev.backoffice.ledger.store.file;

import java.io.IOException;

/**
 * Decides what a bad frame means: the torn end of a write that a crash interrupted (safe to cut off) or
 * damage in the middle of the log (an error).
 *
 * <p>The rule rests on how the store writes: frames go out in batches, one batch per sync, and the next
 * batch is written only after the previous one's sync returned. Every frame carries the index of the first
 * record of its batch. So a valid frame of a <em>later</em> batch after a bad frame proves that the bad
 * frame's batch was synced, hence acknowledged: the log is damaged in the middle. Valid frames of the
 * <em>same</em> batch after a bad one are what a crash leaves when the disk wrote the batch's pages out of
 * order: nothing of that batch was acknowledged, and the log is cut at the bad frame.
 */
final class Tail {
  /** What follows the last good frame. */
  enum Kind {
    /** Only zero bytes: preallocated space, nothing was lost. */
    ZEROS,
    /** A torn write: garbage or frames of the unacknowledged last batch; cut the log at the bad frame. */
    TORN,
    /** A valid frame of a later batch follows the bad one: the log is damaged in the middle. */
    MIDDLE
  }

  /**
   * The verdict.
   *
   * @param kind what the bytes after the last good frame are
   * @param badOffset where the first bad frame starts (the last good frame's end)
   * @param laterFrame for {@link Kind#MIDDLE}: the offset of the valid frame of a later batch; else -1
   * @param laterIndex for {@link Kind#MIDDLE}: that frame's record number; else -1
   */
  record Verdict(Kind kind, long badOffset, long laterFrame, long laterIndex) {}

  private Tail() {}

  /**
   * Classifies the bytes from a bad frame to the end of the reader's range.
   *
   * @param reader a reader over the log, positioned anywhere
   * @param badOffset the start of the first frame that is not valid
   * @param expectedIndex the record number that frame should have had
   */
  static Verdict classify(LogReader reader, long badOffset, long expectedIndex) throws IOException {
    if (reader.zerosFrom(badOffset)) {
      return new Verdict(Kind.ZEROS, badOffset, -1, -1);
    }
    long from = badOffset;
    while (true) {
      long next = reader.findFrame(from);
      if (next < 0) {
        return new Verdict(Kind.TORN, badOffset, -1, -1);
      }
      LogReader.Status status = LogReader.Status.VALID;
      while (status == LogReader.Status.VALID) {
        if (reader.batch() > expectedIndex) {
          return new Verdict(Kind.MIDDLE, badOffset, reader.position(), reader.index());
        }
        reader.advance();
        status = reader.peek();
      }
      if (status == LogReader.Status.END) {
        return new Verdict(Kind.TORN, badOffset, -1, -1);
      }
      from = reader.position();
    }
  }
}
