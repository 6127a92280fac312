package dev.backoffice.ledger.bank;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.document.IdempotencyKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The stable identity of a statement line, for idempotent import: the statement's account and number, its opening
 * date (some banks number every statement {@code 0}, so the number alone does not tell two statements apart), the
 * line's position and the bank's reference of the line when there is one.
 *
 * <p>Reading the same statement twice gives equal identities, so a bank posting keyed by {@link #key()} is booked
 * once. A bank that re-sends a corrected statement with a line inserted shifts the positions after it: the ledger
 * then reports the same key with other content as a conflict instead of booking it twice.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class StatementLineId {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** The statement's account. */
  public abstract String account();

  /** The statement's number. */
  public abstract String statementNumber();

  /** The statement's opening balance date. */
  public abstract LocalDate openingDate();

  /** The line's position in the statement, from 1. */
  public abstract int index();

  /** The bank's reference of the line. */
  public abstract Optional<String> bankReference();

  /**
   * An identity.
   *
   * @param account the statement's account
   * @param statementNumber the statement's number
   * @param openingDate the opening balance date
   * @param index the line's position from 1
   * @param bankReference the bank's reference, if any
   * @return the identity
   */
  public static StatementLineId of(String account, String statementNumber, LocalDate openingDate, int index,
      Optional<String> bankReference) {
    return ImmutableStatementLineId.builder().account(account).statementNumber(statementNumber)
        .openingDate(openingDate).index(index).bankReference(bankReference).build();
  }

  /**
   * The identity as text: {@code account/number/yyyymmdd/index[/reference]}, e.g.
   * {@code PL52106000760000321000055801/00009/01/20070126/3/5627001791919001}.
   */
  @Override
  public String toString() {
    return account() + "/" + statementNumber() + "/" + openingDate().format(DAY) + "/" + index()
        + bankReference().map(r -> "/" + r).orElse("");
  }

  /**
   * The identity as an idempotency key: {@code "WB:"} and the text when that is printable ASCII without spaces and
   * at most 128 characters; otherwise {@code "WB:"} and the SHA-256 of the text in hex (67 characters).
   *
   * @return the key
   */
  public IdempotencyKey key() {
    String text = "WB:" + this;
    boolean plain = text.length() <= 128 && text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    return IdempotencyKey.of(plain ? text : "WB:" + sha256(toString()));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
