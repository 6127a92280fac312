package dev.backoffice.ledger.bank;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding of statement files whose charset the file does not declare. */
final class StatementText {
  private StatementText() {}

  /**
   * The bytes as UTF-8 when they are valid UTF-8 (a byte-order mark dropped), otherwise in the fallback charset.
   *
   * @param bytes the file's bytes
   * @param fallback the charset for bytes that are not UTF-8
   * @return the text
   */
  static String decode(byte[] bytes, Charset fallback) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      // not UTF-8: the bank's single-byte code page
      return new String(bytes, fallback);
    }
  }
}
