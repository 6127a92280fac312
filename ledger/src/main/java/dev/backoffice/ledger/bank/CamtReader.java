package dev.backoffice.ledger.bank;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

/**
 * Reads ISO 20022 camt.053 bank-to-customer statements, versions 001.02 and 001.08, into {@link BankStatement}
 * values, streaming with the JDK's StAX parser (external entities and DTDs off).
 *
 * <p>Per {@code Stmt}: the account is {@code Acct/Id/IBAN} (or {@code Acct/Id/Othr/Id}), the number {@code Id}, the
 * currency {@code Acct/Ccy} (else the opening balance's), the opening balance the {@code OPBD} balance (else
 * {@code PRCD}, the previous closing), the closing balance {@code CLBD}. Each booked {@code Ntry} (status
 * {@code BOOK}; pending and information-only entries do not move the booked balance and are left out) is a line:
 * {@code Amt} signed by {@code CdtDbtInd} ({@code CRDT} positive), {@code BookgDt} and {@code ValDt} ({@code Dt} or
 * the date of {@code DtTm}), {@code AcctSvcrRef} as the bank's reference, {@code RvslInd}, the bank transaction code
 * ({@code Domn/Cd/Fmly/Cd/SubFmlyCd} or {@code Prtry/Cd}) and {@code AddtlNtryInf}. From its transaction details:
 * {@code EndToEndId} as the customer's reference, the remittance information ({@code Ustrd} lines joined, else the
 * structured creditor reference, else {@code AddtlNtryInf}) as the title, and the counterparty: the debtor of money
 * in, the creditor of money out ({@code RltdPties/Dbtr/Nm} in 001.02, {@code RltdPties/Dbtr/Pty/Nm} in 001.08, and
 * their accounts). An entry that batches several transactions has the counterparty only where they all share it.
 *
 * <p>Malformed documents are a {@link StatementFormatException} naming the element path; a statement that does not
 * add up an {@link UnbalancedStatementException}. The reader is stateless and thread-safe.
 */
public final class CamtReader {
  static final String NS_02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
  static final String NS_08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
  private static final CamtReader STANDARD = new CamtReader();

  private final XMLInputFactory factory;

  private CamtReader() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /**
   * The reader.
   *
   * @return the reader
   */
  public static CamtReader standard() {
    return STANDARD;
  }

  /**
   * Reads every statement of a camt.053 document.
   *
   * @param source the file name, used in error messages and kept in each statement
   * @param bytes the document (its XML declaration names the encoding; UTF-8 otherwise)
   * @return the statements in document order
   * @throws StatementFormatException if the document is not a camt.053.001.02 or .08 statement (with the element path)
   * @throws UnbalancedStatementException if a statement does not add up
   */
  public ImmutableList<BankStatement> read(String source, byte[] bytes) {
    Checks.notNull(source, "source");
    Checks.notNull(bytes, "bytes");
    XMLStreamReader xml;
    try {
      xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
    } catch (XMLStreamException e) {
      throw StatementFormatException.atElement(source, "/", "document", null, "must be XML: " + e.getMessage());
    }
    try {
      return new Run(source, xml).read();
    } finally {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // closing a reader over a byte array releases nothing that could fail
      }
    }
  }

  /** One read: the statement and entry being collected. */
  private static final class Run {
    private final String source;
    private final XMLStreamReader xml;
    private final XmlPath path = new XmlPath();
    private final ImmutableList.Builder<BankStatement> done = ImmutableList.builder();
    private @Nullable String messageId;
    private @Nullable StatementFormat format;
    private @Nullable Stmt stmt;
    private @Nullable Bal bal;
    private @Nullable Entry entry;
    private @Nullable Tx tx;
    private int stmtDepth;
    private int balDepth;
    private int entryDepth;
    private int txDepth;
    private final StringBuilder text = new StringBuilder();

    Run(String source, XMLStreamReader xml) {
      this.source = source;
      this.xml = xml;
    }

    ImmutableList<BankStatement> read() {
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            start();
          } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
            text.append(xml.getText());
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            end(text.toString().trim());
            path.pop();
            text.setLength(0);
          }
        }
      } catch (XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
            + e.getLocation().getColumnNumber();
        throw StatementFormatException.atElement(source, path.toString(), "document", null,
            "must be well-formed XML" + where + ": " + e.getMessage());
      }
      ImmutableList<BankStatement> result = done.build();
      if (result.isEmpty()) {
        throw error("statement", null, "must contain at least one BkToCstmrStmt/Stmt");
      }
      return result;
    }

    private void start() {
      String name = xml.getLocalName();
      path.push(name);
      text.setLength(0);
      int depth = path.depth();
      if (depth == 1) {
        String ns = xml.getNamespaceURI();
        if (!name.equals("Document") || !(NS_02.equals(ns) || NS_08.equals(ns))) {
          throw error("namespace", ns, "must be a Document of " + NS_02 + " or " + NS_08);
        }
        format = NS_02.equals(ns) ? StatementFormat.CAMT_053_001_02 : StatementFormat.CAMT_053_001_08;
      } else if (depth == 3 && name.equals("Stmt")) {
        stmt = new Stmt(path.toString());
        stmtDepth = depth;
      } else if (stmt != null && depth == stmtDepth + 1 && name.equals("Bal")) {
        bal = new Bal(path.toString());
        balDepth = depth;
      } else if (stmt != null && depth == stmtDepth + 1 && name.equals("Ntry")) {
        entry = new Entry(path.toString());
        entryDepth = depth;
      } else if (entry != null && name.equals("TxDtls")) {
        tx = new Tx();
        txDepth = depth;
      } else if (name.equals("Amt") && (bal != null && depth == balDepth + 1 || entry != null
          && depth == entryDepth + 1)) {
        String ccy = xml.getAttributeValue(null, "Ccy");
        if (ccy == null) {
          throw error("Ccy", null, "must be given on every amount");
        }
        CurrencyUnit currency = currency(ccy);
        if (bal != null) {
          bal.currency = currency;
        } else {
          entry.currency = currency;
        }
      }
    }

    private void end(String value) {
      int depth = path.depth();
      String name = path.name(depth - 1);
      if (depth == 4 && name.equals("MsgId") && path.name(2).equals("GrpHdr")) {
        messageId = value;
        return;
      }
      if (stmt == null) {
        return;
      }
      if (tx != null) {
        if (depth == txDepth) {
          entry.transactions.add(tx);
          tx = null;
        } else {
          transaction(path.relative(txDepth), value);
        }
        return;
      }
      if (entry != null) {
        if (depth == entryDepth) {
          finishEntry();
        } else {
          entry(path.relative(entryDepth), value);
        }
        return;
      }
      if (bal != null) {
        if (depth == balDepth) {
          finishBalance();
        } else {
          balance(path.relative(balDepth), value);
        }
        return;
      }
      if (depth == stmtDepth) {
        finishStatement();
        return;
      }
      switch (path.relative(stmtDepth)) {
        case "Id":
          stmt.id = value;
          break;
        case "Acct/Id/IBAN":
        case "Acct/Id/Othr/Id":
          stmt.account = value.replace(" ", "");
          break;
        case "Acct/Ccy":
          stmt.currency = currency(value);
          break;
        default:
          break;
      }
    }

    private void balance(String relative, String value) {
      switch (relative) {
        case "Tp/CdOrPrtry/Cd":
        case "Tp/CdOrPrtry/Prtry":
          bal.type = value;
          break;
        case "Amt":
          bal.amount = decimal(value);
          break;
        case "CdtDbtInd":
          bal.credit = indicator(value);
          break;
        case "Dt/Dt":
        case "Dt/DtTm":
          bal.date = date(value);
          break;
        default:
          break;
      }
    }

    private void finishBalance() {
      Bal b = bal;
      bal = null;
      if (b.type == null || b.amount == null || b.credit == null || b.date == null || b.currency == null) {
        throw StatementFormatException.atElement(source, b.path, "balance", null,
            "must have Tp/CdOrPrtry/Cd, Amt with Ccy, CdtDbtInd and Dt");
      }
      if (b.type.equals("OPBD") || b.type.equals("PRCD") && stmt.opening == null) {
        stmt.opening = b;
      } else if (b.type.equals("CLBD")) {
        stmt.closing = b;
      }
    }

    private void entry(String relative, String value) {
      switch (relative) {
        case "Amt":
          entry.amount = decimal(value);
          break;
        case "CdtDbtInd":
          entry.credit = indicator(value);
          break;
        case "RvslInd":
          entry.reversal = value.equals("true") || value.equals("1");
          break;
        case "Sts":
        case "Sts/Cd":
          if (!value.isEmpty()) { // version 8 nests the code: the end of Sts itself has no text
            entry.status = value;
          }
          break;
        case "BookgDt/Dt":
        case "BookgDt/DtTm":
          entry.booking = date(value);
          break;
        case "ValDt/Dt":
        case "ValDt/DtTm":
          entry.value = date(value);
          break;
        case "AcctSvcrRef":
          entry.bankReference = value;
          break;
        case "BkTxCd/Domn/Cd":
          entry.domain = value;
          break;
        case "BkTxCd/Domn/Fmly/Cd":
          entry.family = value;
          break;
        case "BkTxCd/Domn/Fmly/SubFmlyCd":
          entry.subFamily = value;
          break;
        case "BkTxCd/Prtry/Cd":
          entry.proprietary = value;
          break;
        case "AddtlNtryInf":
          entry.information = value;
          break;
        default:
          break;
      }
    }

    private void transaction(String relative, String value) {
      switch (relative) {
        case "Refs/EndToEndId":
          tx.endToEnd = value;
          break;
        case "RmtInf/Ustrd":
          tx.unstructured.add(value);
          break;
        case "RmtInf/Strd/CdtrRefInf/Ref":
          tx.creditorReference = value;
          break;
        case "RltdPties/Dbtr/Nm":
        case "RltdPties/Dbtr/Pty/Nm":
          tx.debtorName = value;
          break;
        case "RltdPties/Cdtr/Nm":
        case "RltdPties/Cdtr/Pty/Nm":
          tx.creditorName = value;
          break;
        case "RltdPties/DbtrAcct/Id/IBAN":
        case "RltdPties/DbtrAcct/Id/Othr/Id":
          tx.debtorAccount = value.replace(" ", "");
          break;
        case "RltdPties/CdtrAcct/Id/IBAN":
        case "RltdPties/CdtrAcct/Id/Othr/Id":
          tx.creditorAccount = value.replace(" ", "");
          break;
        default:
          break;
      }
    }

    private void finishEntry() {
      Entry e = entry;
      entry = null;
      if (e.status != null && !e.status.equals("BOOK")) {
        return; // pending (PDNG) or information-only (INFO) entries are not in the booked balance
      }
      if (e.amount == null || e.currency == null || e.credit == null || e.booking == null && e.value == null) {
        throw StatementFormatException.atElement(source, e.path, "entry", null,
            "must have Amt with Ccy, CdtDbtInd and a BookgDt or ValDt");
      }
      if (stmt.currency == null && stmt.opening != null) {
        stmt.currency = stmt.opening.currency;
      }
      if (stmt.currency != null && !e.currency.equals(stmt.currency)) {
        throw StatementFormatException.atElement(source, e.path + "/Amt", "Ccy", e.currency,
            "must be the account's currency " + stmt.currency);
      }
      Money amount = money(e.path + "/Amt", e.currency, e.amount);
      boolean moneyIn = e.credit;
      ImmutableStatementLine.Builder line = StatementLine.builder()
          .index(stmt.lines.size() + 1)
          .bookingDate(e.booking != null ? e.booking : e.value)
          .valueDate(e.value != null ? e.value : e.booking)
          .amount(moneyIn ? amount : amount.negated())
          .reversal(e.reversal)
          .information(e.information == null ? "" : e.information);
      if (e.bankReference != null && !e.bankReference.isEmpty()) {
        line.bankReference(e.bankReference);
      }
      if (e.domain != null) {
        line.transactionCode(e.domain + (e.family == null ? "" : "/" + e.family)
            + (e.subFamily == null ? "" : "/" + e.subFamily));
      } else if (e.proprietary != null) {
        line.transactionCode(e.proprietary);
      }
      List<String> titles = new ArrayList<>();
      for (Tx t : e.transactions) {
        String title = !t.unstructured.isEmpty() ? String.join(" ", t.unstructured) : t.creditorReference;
        if (title != null && !title.isEmpty()) {
          titles.add(title);
        }
      }
      String title = !titles.isEmpty() ? String.join("; ", titles) : e.information == null ? "" : e.information;
      line.title(title);
      shared(e, t -> t.endToEnd == null || t.endToEnd.equals("NOTPROVIDED") ? null : t.endToEnd)
          .ifPresent(line::customerReference);
      shared(e, t -> moneyIn ? t.debtorName : t.creditorName).ifPresent(line::counterpartyName);
      shared(e, t -> moneyIn ? t.debtorAccount : t.creditorAccount).ifPresent(line::counterpartyAccount);
      stmt.lines.add(line.build());
    }

    /** The value when every transaction of the entry has the same one. */
    private Optional<String> shared(Entry e, java.util.function.Function<Tx, @Nullable String> part) {
      String found = null;
      for (Tx t : e.transactions) {
        String v = part.apply(t);
        if (v == null || v.isEmpty() || found != null && !found.equals(v)) {
          return Optional.empty();
        }
        found = v;
      }
      return Optional.ofNullable(found);
    }

    private void finishStatement() {
      Stmt s = stmt;
      stmt = null;
      if (s.id == null || s.id.isEmpty()) {
        throw StatementFormatException.atElement(source, s.path, "Id", null, "must identify the statement");
      }
      if (s.account == null || s.account.isEmpty()) {
        throw StatementFormatException.atElement(source, s.path + "/Acct", "Id", null,
            "must give the account as IBAN or Othr/Id");
      }
      if (s.opening == null) {
        throw StatementFormatException.atElement(source, s.path, "Bal", null,
            "must include the opening booked balance (OPBD, or PRCD)");
      }
      if (s.closing == null) {
        throw StatementFormatException.atElement(source, s.path, "Bal", null,
            "must include the closing booked balance (CLBD)");
      }
      CurrencyUnit currency = s.currency != null ? s.currency : s.opening.currency;
      if (!s.opening.currency.equals(currency)) {
        throw StatementFormatException.atElement(source, s.opening.path + "/Amt",
            "statement " + s.account + "/" + s.id + " " + s.opening.type + " balance Ccy", s.opening.currency,
            "must be the account's currency " + currency);
      }
      if (!s.closing.currency.equals(currency)) {
        // a closing balance in another currency cannot equal opening + lines: report it as the sum that fails
        Money total = Money.zero(currency);
        for (StatementLine line : s.lines) {
          total = total.plus(line.amount());
        }
        throw new UnbalancedStatementException("statement " + s.account + "/" + s.id + " of " + s.opening.date
            + " in " + source + " (" + source + ": " + s.path + ")", signed(s.opening), total, signed(s.closing));
      }
      ImmutableBankStatement.Builder builder = BankStatement.builder()
          .format(format)
          .source(source)
          .account(s.account)
          .statementNumber(s.id)
          .currency(currency)
          .opening(StatementBalance.of(s.opening.date, signed(s.opening)))
          .closing(StatementBalance.of(s.closing.date, signed(s.closing)))
          .lines(s.lines);
      if (messageId != null && !messageId.isEmpty()) {
        builder.reference(messageId);
      }
      try {
        done.add(builder.build());
      } catch (UnbalancedStatementException e) {
        throw new UnbalancedStatementException(e.statement() + " (" + source + ": " + s.path + ")", e.opening(),
            e.lineTotal(), e.closing());
      }
    }

    private Money signed(Bal b) {
      Money m = money(b.path + "/Amt", b.currency, b.amount);
      return b.credit ? m : m.negated();
    }

    private BigDecimal decimal(String value) {
      try {
        BigDecimal d = new BigDecimal(value);
        if (d.signum() < 0) {
          throw error("amount", value, "must not be negative (the sign is CdtDbtInd)");
        }
        return d;
      } catch (NumberFormatException e) {
        throw error("amount", value, "must be a decimal number such as 1234.56");
      }
    }

    private Money money(String where, CurrencyUnit currency, BigDecimal amount) {
      BigDecimal stripped = amount.stripTrailingZeros();
      if (stripped.scale() > currency.getDecimalPlaces()) {
        throw StatementFormatException.atElement(source, where, "amount", amount.toPlainString(),
            "must have at most " + currency.getDecimalPlaces() + " decimal places for " + currency);
      }
      return Money.of(currency, stripped.setScale(currency.getDecimalPlaces()));
    }

    private Boolean indicator(String value) {
      if (value.equals("CRDT")) {
        return Boolean.TRUE;
      }
      if (value.equals("DBIT")) {
        return Boolean.FALSE;
      }
      throw error("CdtDbtInd", value, "must be CRDT or DBIT");
    }

    private LocalDate date(String value) {
      try {
        return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
      } catch (DateTimeParseException e) {
        throw error("date", value, "must be an ISO date YYYY-MM-DD (or a date-time starting with one)");
      }
    }

    private CurrencyUnit currency(String code) {
      try {
        return CurrencyUnit.of(code);
      } catch (IllegalCurrencyException e) {
        throw error("Ccy", code, "must be an ISO 4217 currency code");
      }
    }

    private StatementFormatException error(String field, @Nullable Object value, String rule) {
      return StatementFormatException.atElement(source, path.depth() == 0 ? "/" : path.toString(), field, value, rule);
    }
  }

  /** A statement being read. */
  private static final class Stmt {
    final String path;
    @Nullable String id;
    @Nullable String account;
    @Nullable CurrencyUnit currency;
    @Nullable Bal opening;
    @Nullable Bal closing;
    final List<StatementLine> lines = new ArrayList<>();

    Stmt(String path) {
      this.path = path;
    }
  }

  /** A balance being read. */
  private static final class Bal {
    final String path;
    @Nullable String type;
    @Nullable BigDecimal amount;
    @Nullable CurrencyUnit currency;
    @Nullable Boolean credit;
    @Nullable LocalDate date;

    Bal(String path) {
      this.path = path;
    }
  }

  /** An entry being read. */
  private static final class Entry {
    final String path;
    @Nullable BigDecimal amount;
    @Nullable CurrencyUnit currency;
    @Nullable Boolean credit;
    boolean reversal;
    @Nullable String status;
    @Nullable LocalDate booking;
    @Nullable LocalDate value;
    @Nullable String bankReference;
    @Nullable String domain;
    @Nullable String family;
    @Nullable String subFamily;
    @Nullable String proprietary;
    @Nullable String information;
    final List<Tx> transactions = new ArrayList<>();

    Entry(String path) {
      this.path = path;
    }
  }

  /** The transaction details of an entry being read. */
  private static final class Tx {
    @Nullable String endToEnd;
    final List<String> unstructured = new ArrayList<>();
    @Nullable String creditorReference;
    @Nullable String debtorName;
    @Nullable String creditorName;
    @Nullable String debtorAccount;
    @Nullable String creditorAccount;
  }
}
