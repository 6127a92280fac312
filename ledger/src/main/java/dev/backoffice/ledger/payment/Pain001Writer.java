package dev.backoffice.ledger.payment;

import dev.backoffice.core.error.Checks;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link PaymentBatch} as an ISO 20022 {@code pain.001.001.09} message (CustomerCreditTransferInitiationV09),
 * with the JDK's StAX writer.
 *
 * <p>One {@code PmtInf} per execution date, in the order the dates first appear; {@code CtrlSum} is the plain sum of
 * the amounts, as the message definition says; the debtor's bank is {@code NOTPROVIDED} (the bank knows its own
 * customer's account). A split payment is marked with the local instrument {@code Prtry = 53}, the Elixir
 * classification code of MPP transfers that Polish banks read from pain.001 files, and its title is the MPP title
 * ({@link SplitPayment#title()}).
 */
public final class Pain001Writer {
  /** The message's namespace. */
  public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

  private static final DateTimeFormatter CREATED = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private Pain001Writer() {}

  /**
   * The message as XML text (UTF-8 declared).
   *
   * @param batch the batch
   * @return the document
   */
  public static String write(PaymentBatch batch) {
    Checks.notNull(batch, "batch");
    Map<LocalDate, List<PaymentInstruction>> byDate = new LinkedHashMap<>();
    for (PaymentInstruction i : batch.instructions()) {
      byDate.computeIfAbsent(i.executionDate(), d -> new ArrayList<>()).add(i);
    }
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("Document");
      x.writeDefaultNamespace(NAMESPACE);
      x.writeStartElement("CstmrCdtTrfInitn");
      x.writeStartElement("GrpHdr");
      text(x, "MsgId", batch.messageId());
      text(x, "CreDtTm", batch.createdAt().withNano(0).format(CREATED));
      text(x, "NbOfTxs", Integer.toString(batch.instructions().size()));
      text(x, "CtrlSum", sum(batch.instructions()).toPlainString());
      x.writeStartElement("InitgPty");
      text(x, "Nm", name(batch.debtorName()));
      x.writeEndElement();
      x.writeEndElement();
      int n = 0;
      for (Map.Entry<LocalDate, List<PaymentInstruction>> group : byDate.entrySet()) {
        n++;
        x.writeStartElement("PmtInf");
        text(x, "PmtInfId", paymentInfoId(batch.messageId(), n));
        text(x, "PmtMtd", "TRF");
        text(x, "NbOfTxs", Integer.toString(group.getValue().size()));
        text(x, "CtrlSum", sum(group.getValue()).toPlainString());
        x.writeStartElement("ReqdExctnDt");
        text(x, "Dt", group.getKey().toString());
        x.writeEndElement();
        x.writeStartElement("Dbtr");
        text(x, "Nm", name(batch.debtorName()));
        x.writeEndElement();
        account(x, "DbtrAcct", batch.debtorAccount().value());
        x.writeStartElement("DbtrAgt");
        x.writeStartElement("FinInstnId");
        x.writeStartElement("Othr");
        text(x, "Id", "NOTPROVIDED");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        for (PaymentInstruction i : group.getValue()) {
          transaction(x, i);
        }
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string failed", e);
    }
    return out.toString();
  }

  private static void transaction(XMLStreamWriter x, PaymentInstruction i) throws XMLStreamException {
    x.writeStartElement("CdtTrfTxInf");
    x.writeStartElement("PmtId");
    text(x, "EndToEndId", i.reference());
    x.writeEndElement();
    if (i.splitPayment().isPresent()) {
      x.writeStartElement("PmtTpInf");
      x.writeStartElement("LclInstrm");
      text(x, "Prtry", "53");
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeStartElement("Amt");
    x.writeStartElement("InstdAmt");
    x.writeAttribute("Ccy", i.amount().getCurrencyUnit().getCode());
    x.writeCharacters(i.amount().getAmount().toPlainString());
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement("Cdtr");
    text(x, "Nm", name(i.creditorName()));
    x.writeEndElement();
    account(x, "CdtrAcct", i.creditorAccount().value());
    x.writeStartElement("RmtInf");
    text(x, "Ustrd", i.remittance());
    x.writeEndElement();
    x.writeEndElement();
  }

  private static String paymentInfoId(String messageId, int n) {
    String suffix = "-" + n;
    return (messageId.length() + suffix.length() > 35 ? messageId.substring(0, 35 - suffix.length()) : messageId)
        + suffix;
  }

  /** Names may carry address lines after {@code '|'} (for Elixir-O); ISO 20022 has one name line. */
  private static String name(String name) {
    String joined = name.replace('|', ' ').trim();
    return joined.length() > 140 ? joined.substring(0, 140) : joined;
  }

  private static BigDecimal sum(List<PaymentInstruction> instructions) {
    BigDecimal total = BigDecimal.ZERO;
    for (PaymentInstruction i : instructions) {
      total = total.add(i.amount().getAmount());
    }
    return total;
  }

  private static void account(XMLStreamWriter x, String element, String iban) throws XMLStreamException {
    x.writeStartElement(element);
    x.writeStartElement("Id");
    text(x, "IBAN", iban);
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
    x.writeStartElement(element);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
