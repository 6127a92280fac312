package dev.backoffice.ledger.bank;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.bank.Mt940Lines.Field;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

/**
 * Reads SWIFT MT940 customer statements (wyciągi MT940) into {@link BankStatement} values.
 *
 * <p>What it accepts: bare fields or messages in the SWIFT block envelope; several statements (and accounts) per
 * file; {@code :60F:}/{@code :60M:} opening and {@code :62F:}/{@code :62M:} closing balances, {@code :61:} lines each
 * optionally followed by {@code :86:}; {@code :13D:}, {@code :21:}, {@code :64:}, {@code :65:}, {@code :NS:} and a
 * statement-level {@code :86:} are read and not kept. In {@code :61:}: value date, optional booking date (its year
 * taken so that it lies nearest the value date), mark {@code C}/{@code D}/{@code RC}/{@code RD}, an optional funds
 * code letter, the amount with a decimal comma, the transaction type, the customer reference, {@code //} and the
 * bank reference, and the supplementary details on the next line. Two-digit years are 2000–2079 for
 * {@code 00}–{@code 79} and 1980–1999 otherwise. The {@code :86:} dialects (Polish {@code ^}/{@code <}/{@code ~}
 * subfields, German {@code ?} subfields, Dutch {@code /NAME/} keywords, mBank labels, free text) are described in
 * docs/BANK-FORMATS.md.
 *
 * <p>Bytes are decoded as UTF-8 when they are valid UTF-8, otherwise in the fallback charset (ISO-8859-2 unless
 * the caller gives another: Polish banks write ISO-8859-2, Windows-1250 or CP852).
 *
 * <p>Every statement must add up (else {@link UnbalancedStatementException}); malformed text is a
 * {@link StatementFormatException} naming {@code file:line:column}. The reader is stateless and thread-safe.
 */
public final class Mt940Reader {
  private static final Mt940Reader STANDARD = new Mt940Reader(Charset.forName("ISO-8859-2"));

  private final Charset fallback;

  private Mt940Reader(Charset fallback) {
    this.fallback = fallback;
  }

  /**
   * The reader with ISO-8859-2 as the fallback charset.
   *
   * @return the reader
   */
  public static Mt940Reader standard() {
    return STANDARD;
  }

  /**
   * A reader that decodes bytes that are not valid UTF-8 in the given charset.
   *
   * @param fallback the charset, e.g. {@code Charset.forName("IBM852")}
   * @return the reader
   */
  public static Mt940Reader withFallbackCharset(Charset fallback) {
    return new Mt940Reader(Checks.notNull(fallback, "fallback"));
  }

  /**
   * Reads every statement of a file's bytes.
   *
   * @param source the file name, used in error messages and kept in each statement
   * @param bytes the file's content
   * @return the statements in file order
   * @throws StatementFormatException if the text is not MT940 (with {@code file:line:column})
   * @throws UnbalancedStatementException if a statement does not add up
   */
  public ImmutableList<BankStatement> read(String source, byte[] bytes) {
    return readText(source, StatementText.decode(bytes, fallback));
  }

  /**
   * Reads every statement of MT940 text.
   *
   * @param source the file name, used in error messages and kept in each statement
   * @param text the text
   * @return the statements in file order
   * @throws StatementFormatException if the text is not MT940 (with {@code file:line:column})
   * @throws UnbalancedStatementException if a statement does not add up
   */
  public ImmutableList<BankStatement> readText(String source, String text) {
    Checks.notNull(source, "source");
    Checks.notNull(text, "text");
    return new Run(source).read(Mt940Lines.fields(source, text));
  }

  /** The state of one read: the statement being built. */
  private static final class Run {
    private final String source;
    private final ImmutableList.Builder<BankStatement> done = ImmutableList.builder();
    private ImmutableBankStatement.Builder statement;
    private Field statementStart;
    private String account;
    private String number;
    private CurrencyUnit currency;
    private StatementBalance opening;
    private List<StatementLine> lines;
    private Field pendingLine;
    private LineHead pendingHead;

    Run(String source) {
      this.source = source;
    }

    ImmutableList<BankStatement> read(List<Field> fields) {
      for (Field field : fields) {
        accept(field);
      }
      if (statement != null) {
        throw error(statementStart, 0, 0, "statement", null,
            "must end with a closing balance :62F: or :62M: before the end of the file");
      }
      ImmutableList<BankStatement> result = done.build();
      if (result.isEmpty()) {
        throw StatementFormatException.atLine(source, 1, 1, "file", null,
            "must contain at least one MT940 statement (:20: … :62F:)");
      }
      return result;
    }

    private void accept(Field field) {
      String tag = field.tag();
      switch (tag) {
        case Mt940Lines.END_OF_MESSAGE:
          if (statement != null) {
            throw error(field, 0, 0, "message end", "-", "must come after the closing balance :62F: or :62M:");
          }
          return;
        case "940":
        case "NS":
        case "13":
        case "13D":
        case "21":
        case "64":
        case "65":
          return;
        case "20":
          if (statement != null) {
            throw error(field, 0, 0, ":20:", field.text(),
                "must not start a statement before the previous one's closing balance :62F: or :62M:");
          }
          statement = BankStatement.builder().format(StatementFormat.MT940).source(source);
          statementStart = field;
          account = null;
          number = null;
          opening = null;
          currency = null;
          lines = new ArrayList<>();
          pendingLine = null;
          String ref = field.text().trim();
          if (!ref.isEmpty()) {
            statement.reference(ref);
          }
          return;
        default:
          break;
      }
      if (statement == null) {
        if (tag.equals("86")) {
          return; // information for the whole statement, after its closing balance
        }
        throw error(field, 0, 0, ":" + tag + ":", field.text(), "must come inside a statement that :20: starts");
      }
      switch (tag) {
        case "25":
          account = field.text().replace(" ", "").replace("\n", "");
          if (account.startsWith("/")) {
            account = account.substring(1);
          }
          requireText(field, ":25: account", account);
          statement.account(account);
          return;
        case "28":
        case "28C":
          number = field.text().trim();
          requireText(field, ":28C: statement number", number);
          statement.statementNumber(number);
          return;
        case "60F":
        case "60M":
          requireBefore(field, account, ":25:");
          requireBefore(field, number, ":28C:");
          Parsed balance = balance(field);
          currency = balance.currency;
          opening = StatementBalance.of(balance.date, balance.amount);
          statement.currency(currency).opening(opening);
          return;
        case "61":
          requireBefore(field, opening, ":60F:");
          flushLine(null);
          pendingLine = field;
          pendingHead = lineHead(field);
          return;
        case "86":
          if (pendingLine == null) {
            throw error(field, 0, 0, ":86:", field.text(), "must follow a :61: statement line");
          }
          flushLine(field);
          return;
        case "62F":
        case "62M":
          requireBefore(field, opening, ":60F:");
          flushLine(null);
          Parsed closing = balance(field);
          if (!closing.currency.equals(currency)) {
            throw error(field, 0, 7, ":62F: currency", closing.currency, "must be the opening balance's " + currency);
          }
          statement.closing(StatementBalance.of(closing.date, closing.amount)).lines(lines);
          try {
            done.add(statement.build());
          } catch (UnbalancedStatementException e) {
            throw new UnbalancedStatementException(e.statement() + " (" + source + ":" + statementStart.line() + ")",
                e.opening(), e.lineTotal(), e.closing());
          }
          statement = null;
          return;
        default:
          throw error(field, 0, 0, "tag", ":" + tag + ":", "must be an MT940 field (:20: :25: :28C: :60F: :61: :86: "
              + ":62F: :64: :65:)");
      }
    }

    private void requireText(Field field, String name, String value) {
      if (value.isEmpty()) {
        throw error(field, 0, 0, name, value, "must not be empty");
      }
    }

    private void requireBefore(Field field, Object value, String before) {
      if (value == null) {
        throw error(field, 0, 0, ":" + field.tag() + ":", field.text(), "must come after " + before);
      }
    }

    /** Finishes the pending {@code :61:} line with its {@code :86:} (or none). */
    private void flushLine(Field information) {
      if (pendingLine == null) {
        return;
      }
      LineHead head = pendingHead;
      Mt940Details details = Mt940Details.parse(information == null ? "" : information.text(), head.supplementary,
          head.customerReference);
      ImmutableStatementLine.Builder line = StatementLine.builder()
          .index(lines.size() + 1)
          .valueDate(head.valueDate)
          .bookingDate(head.bookingDate)
          .amount(head.amount)
          .reversal(head.reversal)
          .title(details.title())
          .information(details.information())
          .transactionCode(head.type + details.code().map(c -> " " + c).orElse(""));
      details.counterpartyName().ifPresent(line::counterpartyName);
      details.counterpartyAccount().ifPresent(line::counterpartyAccount);
      head.bankReference.ifPresent(line::bankReference);
      head.customerReference.ifPresent(line::customerReference);
      lines.add(line.build());
      pendingLine = null;
      pendingHead = null;
    }

    /** {@code 1!a6!n3!a15d}: mark, date, currency, amount. */
    private Parsed balance(Field field) {
      String text = field.lines().get(0).trim();
      String name = ":" + field.tag() + ":";
      if (text.isEmpty() || text.charAt(0) != 'C' && text.charAt(0) != 'D') {
        throw error(field, 0, 0, name + " mark", text.isEmpty() ? null : text.substring(0, 1),
            "must be C (credit balance) or D (debit balance)");
      }
      LocalDate date = date(field, 1, text, name + " date");
      if (text.length() < 10) {
        throw error(field, 0, 7, name + " currency", text.substring(Math.min(7, text.length())),
            "must be a three-letter ISO 4217 code");
      }
      CurrencyUnit currency = currency(field, 7, text.substring(7, 10), name + " currency");
      BigDecimal amount = amount(field, 10, text.substring(10), name + " amount");
      Money money = money(field, 10, currency, amount, name + " amount");
      return new Parsed(date, currency, text.charAt(0) == 'D' ? money.negated() : money);
    }

    /** {@code 6!n[4!n]2a[1!a]15d1!a3!c16x[//16x]} and {@code [34x]} on the next line. */
    private LineHead lineHead(Field field) {
      String text = field.lines().get(0);
      LineHead head = new LineHead();
      head.valueDate = date(field, 0, text, ":61: value date");
      int p = 6;
      if (p + 4 <= text.length() && isDigits(text, p, p + 4)) {
        head.bookingDate = bookingDate(field, p, text.substring(p, p + 4), head.valueDate);
        p += 4;
      } else {
        head.bookingDate = head.valueDate;
      }
      boolean credit;
      if (text.startsWith("RC", p) || text.startsWith("RD", p)) {
        head.reversal = true;
        credit = text.charAt(p + 1) == 'D'; // reversal of a debit gives money back
        p += 2;
      } else if (text.startsWith("C", p) || text.startsWith("D", p)) {
        credit = text.charAt(p) == 'C';
        p += 1;
      } else {
        throw error(field, 0, p, ":61: mark", p < text.length() ? text.substring(p, p + 1) : null,
            "must be C, D, RC or RD");
      }
      if (p < text.length() && Character.isLetter(text.charAt(p))) {
        p++; // funds code: the third letter of the currency code (N for PLN)
      }
      int amountStart = p;
      while (p < text.length() && (isDigit(text.charAt(p)) || text.charAt(p) == ',')) {
        p++;
      }
      BigDecimal amount = amount(field, amountStart, text.substring(amountStart, p), ":61: amount");
      Money money = money(field, amountStart, currency, amount, ":61: amount");
      head.amount = credit ? money : money.negated();
      if (p + 4 > text.length() || !Character.isLetter(text.charAt(p))) {
        throw error(field, 0, p, ":61: transaction type", text.substring(Math.min(p, text.length())),
            "must be a letter and three characters such as NTRF or N051");
      }
      head.type = text.substring(p, p + 4);
      p += 4;
      String rest = text.substring(p);
      int slashes = rest.indexOf("//");
      String customer = (slashes < 0 ? rest : rest.substring(0, slashes)).trim();
      if (!customer.isEmpty() && !customer.equals("NONREF")) {
        head.customerReference = Optional.of(customer);
      }
      if (slashes >= 0) {
        String bank = rest.substring(slashes + 2).trim();
        if (!bank.isEmpty()) {
          head.bankReference = Optional.of(bank);
        }
      }
      if (field.lines().size() > 1) {
        head.supplementary = String.join("", field.lines().subList(1, field.lines().size())).trim();
      }
      return head;
    }

    private LocalDate date(Field field, int offset, String text, String name) {
      if (offset + 6 > text.length() || !isDigits(text, offset, offset + 6)) {
        throw error(field, 0, offset, name, text.substring(Math.min(offset, text.length()),
            Math.min(offset + 6, text.length())), "must be a date YYMMDD");
      }
      int yy = Integer.parseInt(text.substring(offset, offset + 2));
      try {
        return LocalDate.of(yy < 80 ? 2000 + yy : 1900 + yy, Integer.parseInt(text.substring(offset + 2, offset + 4)),
            Integer.parseInt(text.substring(offset + 4, offset + 6)));
      } catch (DateTimeException e) {
        throw error(field, 0, offset, name, text.substring(offset, offset + 6), "must be a real date YYMMDD");
      }
    }

    /** MMDD in the year that puts it nearest the value date (a line booked on 2 January with value 31 December). */
    private LocalDate bookingDate(Field field, int offset, String mmdd, LocalDate valueDate) {
      int month = Integer.parseInt(mmdd.substring(0, 2));
      int day = Integer.parseInt(mmdd.substring(2));
      LocalDate best = null;
      for (int year = valueDate.getYear() - 1; year <= valueDate.getYear() + 1; year++) {
        try {
          LocalDate candidate = LocalDate.of(year, month, day);
          if (best == null || Math.abs(candidate.toEpochDay() - valueDate.toEpochDay())
              < Math.abs(best.toEpochDay() - valueDate.toEpochDay())) {
            best = candidate;
          }
        } catch (DateTimeException e) {
          // 29 February exists in some of the three years only
        }
      }
      if (best == null) {
        throw error(field, 0, offset, ":61: booking date", mmdd, "must be a real date MMDD");
      }
      return best;
    }

    private CurrencyUnit currency(Field field, int offset, String code, String name) {
      try {
        return CurrencyUnit.of(code);
      } catch (IllegalCurrencyException e) {
        throw error(field, 0, offset, name, code, "must be a three-letter ISO 4217 code");
      }
    }

    /** {@code 15d}: digits with one decimal comma, at most 15 characters. */
    private BigDecimal amount(Field field, int offset, String text, String name) {
      int comma = text.indexOf(',');
      boolean ok = !text.isEmpty() && text.length() <= 15 && comma > 0 && comma == text.lastIndexOf(',')
          && isDigits(text, 0, comma) && isDigits(text, comma + 1, text.length());
      if (!ok) {
        throw error(field, 0, offset, name, text,
            "must be up to 15 characters of digits with one decimal comma, such as 1234,56 or 300,");
      }
      return new BigDecimal(text.substring(0, comma) + "." + text.substring(comma + 1) + (comma == text.length() - 1
          ? "0" : ""));
    }

    private Money money(Field field, int offset, CurrencyUnit currency, BigDecimal amount, String name) {
      BigDecimal stripped = amount.stripTrailingZeros();
      if (stripped.scale() > currency.getDecimalPlaces()) {
        throw error(field, 0, offset, name, amount.toPlainString(),
            "must have at most " + currency.getDecimalPlaces() + " decimal places for " + currency);
      }
      return Money.of(currency, stripped.setScale(currency.getDecimalPlaces()));
    }

    private StatementFormatException error(Field field, int lineIndex, int offset, String name, Object value,
        String rule) {
      return StatementFormatException.atLine(source, field.lineOf(lineIndex), field.columnOf(lineIndex, offset), name,
          value, rule);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A parsed balance field. */
  private record Parsed(LocalDate date, CurrencyUnit currency, Money amount) {}

  /** The parts of a {@code :61:} line. */
  private static final class LineHead {
    LocalDate valueDate;
    LocalDate bookingDate;
    boolean reversal;
    Money amount;
    String type;
    Optional<String> customerReference = Optional.empty();
    Optional<String> bankReference = Optional.empty();
    String supplementary = "";
  }
}
