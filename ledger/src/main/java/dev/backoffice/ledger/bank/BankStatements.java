package dev.backoffice.ledger.bank;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;

/**
 * Reads a bank statement file whatever its format: an XML document (its first character other than a byte-order
 * mark or white space is {@code <}) is read as camt.053 by {@link CamtReader}, anything else as MT940 by
 * {@link Mt940Reader}.
 */
public final class BankStatements {
  private BankStatements() {}

  /**
   * The format the content looks like.
   *
   * @param bytes the file's content
   * @return {@link StatementFormat#MT940}, or a camt.053 format when the content is XML (the version is the
   *     namespace's, checked when read; this returns {@link StatementFormat#CAMT_053_001_02} unless the text
   *     names {@code camt.053.001.08})
   */
  public static StatementFormat detect(byte[] bytes) {
    Checks.notNull(bytes, "bytes");
    int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    if (i < bytes.length && bytes[i] == '<') {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
      return head.contains("camt.053.001.08") ? StatementFormat.CAMT_053_001_08 : StatementFormat.CAMT_053_001_02;
    }
    return StatementFormat.MT940;
  }

  /**
   * Reads every statement of a file, MT940 or camt.053, detected from the content.
   *
   * @param source the file name for messages
   * @param bytes the file's content
   * @return the statements in file order, each balanced
   * @throws StatementFormatException if the content is malformed (naming file:line:column or the element path)
   * @throws UnbalancedStatementException if a statement does not add up
   */
  public static ImmutableList<BankStatement> read(String source, byte[] bytes) {
    return detect(bytes) == StatementFormat.MT940
        ? Mt940Reader.standard().read(source, bytes)
        : CamtReader.standard().read(source, bytes);
  }
}
