package dev.backoffice.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes into a character writer, decoded as they stream (a character split across two writes is kept
 * until its last byte arrives): lets a library that writes bytes (the JPK writer) print through the tool's
 * standard-output writer. Malformed UTF-8 is an error, never replaced silently.
 */
final class Utf8Sink extends OutputStream {
  private final Writer out;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);

  Utf8Sink(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int at = off;
    int left = len;
    while (left > 0) {
      int n = Math.min(left, bytes.remaining());
      bytes.put(b, at, n);
      at += n;
      left -= n;
      decode(false);
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Decodes the rest; fails if the bytes ended inside a character. */
  @Override
  public void close() throws IOException {
    decode(true);
    flushChars();
    CoderResult r = decoder.flush(chars);
    if (r.isError()) {
      r.throwException();
    }
    flushChars();
    out.flush();
  }

  private void decode(boolean end) throws IOException {
    bytes.flip();
    while (true) {
      CoderResult r = decoder.decode(bytes, chars, end);
      if (r.isError()) {
        bytes.clear();
        throw new CharacterCodingException();
      }
      flushChars();
      if (r.isUnderflow()) {
        break;
      }
    }
    if (end && bytes.hasRemaining()) {
      throw new CharacterCodingException();
    }
    bytes.compact();
  }

  private void flushChars() throws IOException {
    chars.flip();
    out.append(chars);
    chars.clear();
  }
}
