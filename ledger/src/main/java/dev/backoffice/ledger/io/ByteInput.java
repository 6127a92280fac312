package dev.backoffice.ledger.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/** Where the parser's bytes come from: a stream, an array, or a file channel from an offset. */
@FunctionalInterface
interface ByteInput {
  /**
   * Reads up to {@code len} bytes.
   *
   * @return the number read, or -1 at the end
   */
  int read(byte[] b, int off, int len) throws IOException;

  static ByteInput of(InputStream in) {
    return in::read;
  }

  static ByteInput of(byte[] bytes) {
    return new Bytes(bytes);
  }

  /** Positional reads from {@code start} to the end of the file; safe for several readers of one channel. */
  static ByteInput of(FileChannel channel, long start) {
    return new Channel(channel, start);
  }

  /** An array's bytes (a named class, not a lambda: the balance path links no lambda). */
  final class Bytes implements ByteInput {
    private final byte[] bytes;
    private int pos;

    Bytes(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= bytes.length) {
        return -1;
      }
      int n = Math.min(len, bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      return n;
    }
  }

  /** A file's bytes from an offset (the file is positioned there and read on; a named class, not a lambda). */
  final class Raf implements ByteInput {
    private final java.io.RandomAccessFile file;

    Raf(java.io.RandomAccessFile file, long start) throws IOException {
      this.file = file;
      file.seek(start);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return file.read(b, off, len);
    }
  }

  /** A file's bytes from an offset, by positional reads. */
  final class Channel implements ByteInput {
    private final FileChannel channel;
    private long pos;

    Channel(FileChannel channel, long start) {
      this.channel = channel;
      this.pos = start;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = channel.read(ByteBuffer.wrap(b, off, len), pos);
      if (n > 0) {
        pos += n;
      }
      return n;
    }
  }

  /** The characters of a reader encoded as UTF-8; unpaired surrogates are an error, never replaced. */
  static ByteInput of(Reader reader) {
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    CharBuffer chars = CharBuffer.allocate(8192);
    chars.flip();
    boolean[] state = {false, false}; // reader exhausted, encoder flushed
    return (b, off, len) -> {
      ByteBuffer out = ByteBuffer.wrap(b, off, len);
      while (out.position() == off) {
        if (state[1]) {
          return -1;
        }
        CoderResult r = encoder.encode(chars, out, state[0]);
        if (r.isError()) {
          r.throwException();
        }
        if (r.isOverflow()) {
          break;
        }
        if (state[0]) {
          if (encoder.flush(out).isOverflow()) {
            break;
          }
          state[1] = true;
        } else {
          chars.compact();
          int n = reader.read(chars);
          chars.flip();
          if (n < 0) {
            state[0] = true;
          }
        }
      }
      return out.position() - off;
    };
  }
}
