package dev.backoffice.reporting;

import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.reporting.jpk.JpkV7Config;
import dev.backoffice.reporting.jpk.JpkV7Summary;
import dev.backoffice.reporting.jpk.JpkV7Variant;
import dev.backoffice.reporting.vat.VatDeclaration;
import dev.backoffice.reporting.vat.VatInvoice;
import dev.backoffice.reporting.vat.VatRegister;
import dev.backoffice.reporting.vat.VatRegisterKind;
import dev.backoffice.reporting.vat.VatRegisterRow;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.joda.money.Money;

/**
 * Writes JPK_V7M(3) or JPK_V7K(3) with StAX: a first pass over the journal totals the registers (and, for the
 * declaration, the whole settlement period), a second writes the register rows as they are read, so memory does not
 * grow with the number of invoices. Nothing is written before the checks of the arguments have passed.
 *
 * <p>Structure (the schemas of wzór 2025/12/19/14090 and 14089): Naglowek; Podmiot1 (OsobaNiefizyczna); Deklaracja
 * (VAT-7 every month; VAT-7K for the quarter, in the file of its last month) with the P_ fields of
 * {@link VatDeclaration}; Ewidencja with SprzedazWiersz/SprzedazCtrl and ZakupWiersz/ZakupCtrl. Each row says whether
 * its invoice is in KSeF (NrKSeF, or OFF for an offline invoice without a number yet), outside it (BFK) or not an
 * invoice (DI: a cash-register summary RO or an internal document WEW).
 */
final class JpkV7Writer {
  /** The first creation time the third version accepts. */
  static final Instant FIRST_CREATION = Instant.parse("2026-02-01T00:00:00Z");
  private static final int FIRST_YEAR = 2026;

  private final LedgerView view;
  private final YearMonth month;
  private final JpkV7Config config;
  private final Clock clock;
  private final VatRegisters.Accounts accounts;
  private final JpkV7Variant variant;
  private XMLStreamWriter w;
  private XmlLines xml;

  private JpkV7Writer(LedgerView view, YearMonth month, JpkV7Config config, Clock clock, VatRegisters.Accounts accounts) {
    this.view = view;
    this.month = month;
    this.config = config;
    this.clock = clock;
    this.accounts = accounts;
    this.variant = config.variant();
    String subject = variant.systemCode() + " " + month;
    Checks.check(month.getYear() >= FIRST_YEAR, subject, "month", month,
        "must be from " + FIRST_YEAR + ": the third version of JPK_V7 (wzór 2025/12/19) starts with 2026");
    Checks.check(!clock.instant().isBefore(FIRST_CREATION), subject, "creation time", clock.instant(),
        "must be from " + FIRST_CREATION + " (the schema's DataWytworzeniaJPK)");
    Checks.check(view.baseCurrency().equals(Monies.PLN), subject, "baseCurrency", view.baseCurrency(),
        "must be PLN: JPK_V7 amounts are in złoty");
  }

  static JpkV7Summary write(LedgerView view, YearMonth month, JpkV7Config config, Clock clock,
      VatRegisters.Accounts accounts, OutputStream out) {
    JpkV7Writer writer = new JpkV7Writer(view, month, config, clock, accounts);
    return writer.writeAll(out);
  }

  /** The settlement period of the declaration in this file, if it has one. */
  private Optional<LocalDate[]> declarationPeriod() {
    if (variant == JpkV7Variant.MONTHLY) {
      return Optional.of(new LocalDate[] {month.atDay(1), month.atEndOfMonth()});
    }
    if (month.getMonthValue() % 3 != 0) {
      return Optional.empty();
    }
    return Optional.of(new LocalDate[] {month.minusMonths(2).atDay(1), month.atEndOfMonth()});
  }

  private JpkV7Summary writeAll(OutputStream out) {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    VatRegister sales = VatRegisters.scan(view, VatRegisterKind.SALES, from, to, accounts, r -> { });
    VatRegister purchases = VatRegisters.scan(view, VatRegisterKind.PURCHASES, from, to, accounts, r -> { });
    Optional<VatDeclaration> declaration = declarationPeriod().map(p -> {
      boolean sameAsRegisters = p[0].equals(from);
      VatRegister s = sameAsRegisters ? sales : VatRegisters.scan(view, VatRegisterKind.SALES, p[0], p[1], accounts, r -> { });
      VatRegister b = sameAsRegisters ? purchases
          : VatRegisters.scan(view, VatRegisterKind.PURCHASES, p[0], p[1], accounts, r -> { });
      return VatDeclarations.compute(p[0], p[1], s, b, config.previousExcess());
    });
    try {
      BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
      w = XMLOutputFactory.newFactory().createXMLStreamWriter(buffered, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(variant.namespace());
      w.writeCharacters("\n");
      w.writeStartElement(variant.namespace(), "JPK");
      w.writeDefaultNamespace(variant.namespace());
      xml = new XmlLines(w, variant.namespace(), 1);
      header();
      subject();
      if (declaration.isPresent()) {
        declaration(declaration.get());
      }
      start("Ewidencja");
      try {
        VatRegisters.scan(view, VatRegisterKind.SALES, from, to, accounts, this::salesRow);
        control("SprzedazCtrl", "LiczbaWierszySprzedazy", sales.rowCount(), "PodatekNalezny", sales.tax());
        VatRegisters.scan(view, VatRegisterKind.PURCHASES, from, to, accounts, this::purchaseRow);
        control("ZakupCtrl", "LiczbaWierszyZakupow", purchases.rowCount(), "PodatekNaliczony", purchases.tax());
      } catch (UncheckedIOException e) {
        throw new BackOfficeException("cannot write the JPK_V7 file: " + e.getMessage(), e);
      }
      end();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
      buffered.flush();
    } catch (XMLStreamException | IOException e) {
      throw new BackOfficeException("cannot write the JPK_V7 file: " + e.getMessage(), e);
    }
    return JpkV7Summary.builder().variant(variant).month(month).sales(sales).purchases(purchases)
        .declaration(declaration).build();
  }

  private void header() throws XMLStreamException {
    start("Naglowek");
    newline();
    w.writeStartElement(variant.namespace(), "KodFormularza");
    w.writeAttribute("kodSystemowy", variant.systemCode());
    w.writeAttribute("wersjaSchemy", "1-0E");
    w.writeCharacters("JPK_VAT");
    w.writeEndElement();
    el("WariantFormularza", "3");
    el("DataWytworzeniaJPK", ZonedDateTime.now(clock.withZone(config.zone())).truncatedTo(ChronoUnit.SECONDS)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    el("NazwaSystemu", JpkKrWriter.token(config.systemName(), 240, "Backoffice"));
    newline();
    w.writeStartElement(variant.namespace(), "CelZlozenia");
    w.writeAttribute("poz", "P_7");
    w.writeCharacters(Integer.toString(config.purpose()));
    w.writeEndElement();
    el("KodUrzedu", config.taxOffice());
    el("Rok", Integer.toString(month.getYear()));
    el("Miesiac", Integer.toString(month.getMonthValue()));
    end();
  }

  private void subject() throws XMLStreamException {
    start("Podmiot1");
    w.writeAttribute("rola", "Podatnik");
    start("OsobaNiefizyczna");
    el("NIP", config.nip());
    el("PelnaNazwa", JpkKrWriter.token(config.fullName(), 240, "-"));
    el("Email", config.email().strip());
    if (config.phone().isPresent()) {
      el("Telefon", JpkKrWriter.token(config.phone().get(), 16, "-"));
    }
    end();
    end();
  }

  private void declaration(VatDeclaration d) throws XMLStreamException {
    start("Deklaracja");
    start("Naglowek");
    newline();
    w.writeStartElement(variant.namespace(), "KodFormularzaDekl");
    w.writeAttribute("kodSystemowy", variant.declarationSystemCode());
    w.writeAttribute("kodPodatku", "VAT");
    w.writeAttribute("rodzajZobowiazania", "Z");
    w.writeAttribute("wersjaSchemy", "1-0E");
    w.writeCharacters(variant.declarationCode());
    w.writeEndElement();
    el("WariantFormularzaDekl", variant.declarationVariant());
    if (variant == JpkV7Variant.QUARTERLY) {
      el("Kwartal", Integer.toString((month.getMonthValue() + 2) / 3));
    }
    end();
    start("PozycjeSzczegolowe");
    for (Map.Entry<String, Long> f : d.fields().entrySet()) {
      el(f.getKey(), Long.toString(f.getValue()));
    }
    if (config.purpose() == 2 && config.correctionReason().isPresent()) {
      el("P_ORDZU", config.correctionReason().get().strip());
    }
    end();
    el("Pouczenia", "1");
    end();
  }

  private void salesRow(VatRegisterRow r) {
    try {
      start("SprzedazWiersz");
      el("LpSprzedazy", Integer.toString(r.number()));
      counterparty(r.invoice(), "NrKontrahenta", "NazwaKontrahenta");
      el("DowodSprzedazy", JpkKrWriter.token(r.document(), 256, "-"));
      el("DataWystawienia", r.issueDate().toString());
      if (r.invoice().saleDate().isPresent() && !r.invoice().saleDate().get().equals(r.issueDate())) {
        el("DataSprzedazy", r.invoice().saleDate().get().toString());
      }
      ksef(r.invoice(), VatInvoice.SALES_DOCUMENT_TYPES);
      Optional<String> type = r.invoice().documentType().filter(VatInvoice.SALES_DOCUMENT_TYPES::contains);
      if (type.isPresent()) {
        el("TypDokumentu", type.get());
      }
      for (String g : r.invoice().gtu()) {
        el(g, "1");
      }
      for (String p : VatInvoice.SALES_PROCEDURES) {
        if (!p.equals("MPP") && r.invoice().procedures().contains(p)) {
          el(p, "1");
        }
      }
      amounts(r, VatRegisters.SALES_FIELDS);
      end();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  private void purchaseRow(VatRegisterRow r) {
    try {
      start("ZakupWiersz");
      el("LpZakupu", Integer.toString(r.number()));
      counterparty(r.invoice(), "NrDostawcy", "NazwaDostawcy");
      el("DowodZakupu", JpkKrWriter.token(r.document(), 256, "-"));
      el("DataZakupu", r.issueDate().toString());
      if (r.invoice().receiptDate().isPresent() && !r.invoice().receiptDate().get().equals(r.issueDate())) {
        el("DataWplywu", r.invoice().receiptDate().get().toString());
      }
      ksef(r.invoice(), VatInvoice.PURCHASE_DOCUMENT_TYPES);
      Optional<String> type = r.invoice().documentType().filter(VatInvoice.PURCHASE_DOCUMENT_TYPES::contains);
      if (type.isPresent()) {
        el("DokumentZakupu", type.get());
      }
      if (r.invoice().procedures().contains("IMP")) {
        el("IMP", "1");
      }
      amounts(r, VatRegisters.PURCHASE_FIELDS);
      end();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /** The K_ fields; the schema writes a base and its tax together, so a pair with one non-zero field is written whole. */
  private void amounts(VatRegisterRow r, List<String> order) throws XMLStreamException {
    Map<String, Money> f = r.fields();
    for (String k : order) {
      String partner = pairOf(k);
      if (f.containsKey(k) || partner != null && f.containsKey(partner)) {
        Money m = f.get(k);
        el(k, m == null ? "0.00" : m.getAmount().setScale(2).toPlainString());
      }
    }
  }

  /** The other field of a base/tax pair the schema writes as one sequence, or null. */
  private static String pairOf(String k) {
    String[][] pairs = {{"K_15", "K_16"}, {"K_17", "K_18"}, {"K_19", "K_20"}, {"K_23", "K_24"}, {"K_25", "K_26"},
        {"K_27", "K_28"}, {"K_29", "K_30"}, {"K_31", "K_32"}, {"K_40", "K_41"}, {"K_42", "K_43"}};
    for (String[] p : pairs) {
      if (p[0].equals(k)) {
        return p[1];
      }
      if (p[1].equals(k)) {
        return p[0];
      }
    }
    return null;
  }

  private void counterparty(VatInvoice inv, String idElement, String nameElement) throws XMLStreamException {
    Optional<String> country = inv.partnerCountry().map(c -> c.equals("GR") ? "EL" : c);
    if (country.isPresent()) {
      el("KodKrajuNadaniaTIN", country.get());
    }
    String id = inv.partner().map(p -> p.replace("-", "").replace(" ", "")).orElse("brak");
    if (country.isPresent() && id.startsWith(country.get())) {
      id = id.substring(2); // the number without its country prefix: the country is in KodKrajuNadaniaTIN
    }
    el(idElement, id.isEmpty() ? "brak" : id);
    el(nameElement, JpkKrWriter.token(inv.partnerName().orElse("brak"), 512, "brak"));
  }

  /** NrKSeF, OFF (offline, no number yet), DI (not an invoice: RO, WEW) or BFK (an invoice outside KSeF). */
  private void ksef(VatInvoice inv, Set<String> types) throws XMLStreamException {
    Optional<String> k = inv.ksef();
    if (k.isPresent() && !k.get().equals("OFF")) {
      el("NrKSeF", k.get());
    } else if (k.isPresent()) {
      el("OFF", "1");
    } else if (inv.documentType().filter(types::contains).filter(t -> t.equals("RO") || t.equals("WEW")).isPresent()) {
      el("DI", "1");
    } else {
      el("BFK", "1");
    }
  }

  private void control(String element, String countElement, int count, String taxElement, Money tax)
      throws XMLStreamException {
    start(element);
    el(countElement, Integer.toString(count));
    el(taxElement, tax.getAmount().setScale(2).toPlainString());
    end();
  }

  // ------------------------------------------------------------------------------------------------ XML

  private void newline() throws XMLStreamException {
    xml.newline();
  }

  private void start(String name) throws XMLStreamException {
    xml.start(name);
  }

  private void end() throws XMLStreamException {
    xml.end();
  }

  private void el(String name, String text) throws XMLStreamException {
    xml.el(name, text);
  }
}
