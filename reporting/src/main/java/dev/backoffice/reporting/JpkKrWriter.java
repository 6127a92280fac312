package dev.backoffice.reporting;

import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountCategory;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.reporting.jpk.JpkAddress;
import dev.backoffice.reporting.jpk.JpkConfig;
import dev.backoffice.reporting.jpk.JpkSchema;
import dev.backoffice.reporting.jpk.JpkSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes JPK_KR(1) or JPK_KR_PD(1) with StAX, streaming: the journal is read entry by entry (once to total the
 * accounts and check every amount and date, then once or twice to write it), so memory grows with the number
 * of accounts, not of entries. Amounts are in PLN: a foreign-currency line contributes its PLN value (its
 * cost) and carries its own amount and currency in the optional currency fields. Nothing is written before
 * the checks have passed.
 */
final class JpkKrWriter {
  private static final Logger LOG = LoggerFactory.getLogger(JpkKrWriter.class);
  private static final int ZOIS_BEFORE = 0;
  private static final int ZOIS_DR = 1;
  private static final int ZOIS_CR = 2;
  private static final int ZOIS_CUM_DR = 3;
  private static final int ZOIS_CUM_CR = 4;
  private static final String[] KR_ENTRY = {"NrZapisuDziennika", "OpisDziennika", "NrDowoduKsiegowego", "RodzajDowodu",
      "DataOperacji", "DataDowodu", "DataKsiegowania", "KodOperatora", "OpisOperacji", "DziennikKwotaOperacji"};
  private static final String[] KR_PD_ENTRY = {"D_1", "D_2", "D_4", "D_5", "D_6", "D_7", "D_8", "D_9", "D_10", "D_11"};

  private final LedgerView view;
  private final JpkSchema schema;
  private final LocalDate from;
  private final LocalDate to;
  private final JpkConfig config;
  private final Clock clock;
  private final CurrencyUnit pln = Monies.PLN;
  private final FiscalYear year;
  private final long journalSize;
  private XMLStreamWriter w;
  private int depth;

  private JpkKrWriter(LedgerView view, JpkSchema schema, LocalDate from, LocalDate to, JpkConfig config, Clock clock) {
    this.view = view;
    this.schema = schema;
    this.from = from;
    this.to = to;
    this.config = config;
    this.clock = clock;
    this.journalSize = view.postedCount();
    String subject = "JPK_KR " + from + ".." + to;
    Checks.check(!to.isBefore(from), subject, "to", to, "must not be before from " + from);
    Checks.check(view.baseCurrency().equals(pln), subject, "baseCurrency", view.baseCurrency(),
        "must be PLN: JPK_KR amounts are in złoty");
    checkDate(subject, "from", from);
    checkDate(subject, "to", to);
    this.year = Calendars.yearOf(view.calendar(), from).orElseThrow(() ->
        new ValidationException(subject, "from", from, "must lie in a fiscal year of the ledger's calendar"));
    Checks.check(year.contains(to), subject, "to", to, "must lie in the fiscal year of from, " + year.id()
        + " (a JPK_KR covers at most one fiscal year)");
    Checks.check(schema == JpkSchema.KR_PD || config.purpose() == 1, subject, "purpose", config.purpose(),
        "must be 1 for JPK_KR(1), which has no correction");
  }

  static JpkSummary write(LedgerView view, JpkSchema schema, LocalDate from, LocalDate to, JpkConfig config, Clock clock,
      OutputStream out) {
    JpkKrWriter writer = new JpkKrWriter(view, schema, from, to, config, clock);
    Map<String, long[]> totals = writer.scan();
    try {
      BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
      JpkSummary summary = writer.writeFile(totals, buffered);
      buffered.flush();
      return summary;
    } catch (XMLStreamException | IOException e) {
      throw new BackOfficeException("cannot write the JPK_KR file: " + e.getMessage(), e);
    }
  }

  private void checkDate(String subject, String field, LocalDate d) {
    Checks.check(!d.isBefore(JpkSchema.MIN_DATE) && !d.isAfter(schema.maxDate()), subject, field, d,
        "must be from " + JpkSchema.MIN_DATE + " to " + schema.maxDate() + " (the " + schema.systemCode() + " date type)");
  }

  private Iterator<PostedEntry> journal() {
    return view.journal().limit(journalSize).iterator();
  }

  // ------------------------------------------------------------------------------------------------ scan

  /** Totals per account in grosze (before the period, period Dr/Cr, fiscal-year-to-date Dr/Cr), checking every line. */
  private Map<String, long[]> scan() {
    Map<String, long[]> totals = new HashMap<>();
    long entries = 0;
    Iterator<PostedEntry> it = journal();
    while (it.hasNext()) {
      PostedEntry p = it.next();
      LocalDate d = p.date();
      if (d.isAfter(to)) {
        continue;
      }
      boolean inPeriod = !d.isBefore(from);
      if (inPeriod) {
        entries++;
        checkDate(p.subject(), "date", d);
        checkDate(p.subject(), "document.date", documentDate(p));
        checkDate(p.subject(), "recordedAt", bookingDate(p));
      }
      boolean inYear = !d.isBefore(year.start());
      for (int i = 0; i < p.lines().size(); i++) {
        JournalLine l = p.lines().get(i);
        long minor = plnValue(p, i).getAmountMinorLong();
        long[] t = totals.computeIfAbsent(l.account(), k -> new long[5]);
        boolean debit = l.side() == Side.DEBIT;
        if (!inPeriod) {
          t[ZOIS_BEFORE] += debit ? minor : -minor;
        } else {
          t[debit ? ZOIS_DR : ZOIS_CR] += minor;
        }
        if (inYear) {
          t[debit ? ZOIS_CUM_DR : ZOIS_CUM_CR] += minor;
        }
      }
    }
    Checks.check(entries > 0, "JPK_KR " + from + ".." + to, "entries", 0,
        "must include at least one journal entry (the schemas require a Dziennik row)");
    return totals;
  }

  private Money plnValue(PostedEntry p, int line) {
    JournalLine l = p.lines().get(line);
    return l.baseValue(pln).orElseThrow(() -> new ValidationException(p.subject(), "lines[" + line + "]", l,
        "must have a value in PLN (a cost in PLN for a foreign-currency line): JPK_KR amounts are in złoty"));
  }

  private LocalDate documentDate(PostedEntry p) {
    return p.entry().document().map(doc -> doc.date()).orElse(p.date());
  }

  private LocalDate bookingDate(PostedEntry p) {
    return p.recordedAt().atZone(config.zone()).toLocalDate();
  }

  // ----------------------------------------------------------------------------------------------- write

  private JpkSummary writeFile(Map<String, long[]> totals, OutputStream out) throws XMLStreamException {
    w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
    w.setDefaultNamespace(schema.namespace());
    w.setPrefix("etd", schema.typesNamespace());
    w.writeStartElement(schema.namespace(), "JPK");
    w.writeDefaultNamespace(schema.namespace());
    w.writeNamespace("etd", schema.typesNamespace());
    depth = 1;
    header();
    subject();
    long accounts = trialBalance(totals);
    long[] counts = new long[2];
    long[] sums = new long[3];
    if (schema == JpkSchema.KR) {
      journalPass(true, false, counts, sums);
      start("DziennikCtrl");
      el("LiczbaWierszyDziennika", String.valueOf(counts[0]));
      el("SumaKwotOperacji", amount(sums[0]));
      end();
      journalPass(false, true, counts, sums);
      start("KontoZapisCtrl");
      el("LiczbaWierszyKontoZapisj", String.valueOf(counts[1]));
      el("SumaWinien", amount(sums[1]));
      el("SumaMa", amount(sums[2]));
      end();
    } else {
      journalPass(true, true, counts, sums);
      start("Ctrl");
      el("C_1", String.valueOf(counts[0]));
      el("C_2", amount(sums[0]));
      el("C_3", String.valueOf(counts[1]));
      el("C_4", amount(sums[1]));
      el("C_5", amount(sums[2]));
      end();
      start("RPD");
      int k = 1;
      for (Money m : config.taxReconciliation().amounts()) {
        el("K_" + k++, m.getAmount().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
      }
      end();
    }
    depth = 0;
    w.writeCharacters("\n");
    w.writeEndElement();
    w.writeCharacters("\n");
    w.writeEndDocument();
    w.flush();
    w.close();
    config.placeholders().forEach(p -> LOG.warn("JPK_KR {}..{}: {}", from, to, p));
    return JpkSummary.builder().schema(schema).from(from).to(to).accounts(accounts).entries(counts[0]).lines(counts[1])
        .entriesTotal(Money.ofMinor(pln, sums[0])).debitTotal(Money.ofMinor(pln, sums[1]))
        .creditTotal(Money.ofMinor(pln, sums[2])).addAllWarnings(config.placeholders()).build();
  }

  private void header() throws XMLStreamException {
    start("Naglowek");
    newline();
    w.writeStartElement(schema.namespace(), "KodFormularza");
    w.writeAttribute("kodSystemowy", schema.systemCode());
    w.writeAttribute("wersjaSchemy", schema.version());
    w.writeCharacters(schema.formCode());
    w.writeEndElement();
    el("WariantFormularza", "1");
    el("CelZlozenia", String.valueOf(config.purpose()));
    el("DataWytworzeniaJPK", ZonedDateTime.now(clock.withZone(config.zone())).truncatedTo(ChronoUnit.SECONDS)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    el("DataOd", from.toString());
    el("DataDo", to.toString());
    if (schema == JpkSchema.KR_PD) {
      el("RokDataOd", year.start().toString());
      el("RokDataDo", year.end().toString());
      if (config.taxYearStart().isPresent() && config.taxYearEnd().isPresent()) {
        el("RokPdDataOd", config.taxYearStart().get().toString());
        el("RokPdDataDo", config.taxYearEnd().get().toString());
      }
    }
    el("DomyslnyKodWaluty", pln.getCode());
    el("KodUrzedu", config.taxOffice());
    end();
  }

  private void subject() throws XMLStreamException {
    start("Podmiot1");
    start("IdentyfikatorPodmiotu");
    etd("NIP", config.nip());
    etd("PelnaNazwa", token(config.fullName(), 240, config.fullName()));
    if (config.regon().isPresent()) {
      etd("REGON", config.regon().get());
    }
    end();
    JpkAddress a = config.address();
    if (schema == JpkSchema.KR) {
      start("AdresPodmiotu");
    } else {
      start("Adres");
      start("AdresPol");
    }
    etd("KodKraju", "PL");
    etd("Wojewodztwo", a.voivodeship().strip());
    etd("Powiat", a.county().strip());
    etd("Gmina", a.municipality().strip());
    if (a.street().isPresent()) {
      etd("Ulica", a.street().get().strip());
    }
    etd("NrDomu", a.building().strip());
    if (a.flat().isPresent()) {
      etd("NrLokalu", a.flat().get().strip());
    }
    etd("Miejscowosc", a.town().strip());
    etd("KodPocztowy", a.postalCode().strip());
    if (schema == JpkSchema.KR) {
      etd("Poczta", a.postOffice().strip());
      end();
    } else {
      end();
      end();
      if (config.estonianCit()) {
        el("Znacznik_EST", "1");
      }
      if (config.ifrs()) {
        el("Znacznik_MSSF", "1");
      }
    }
    end();
  }

  /** The ZOiS rows: every account with a balance before the period or postings in it, by code. */
  private long trialBalance(Map<String, long[]> totals) throws XMLStreamException {
    ChartOfAccounts chart = view.chart();
    long n = 0;
    if (schema == JpkSchema.KR_PD) {
      start("ZOiS");
    }
    for (Map.Entry<String, long[]> e : new TreeMap<>(totals).entrySet()) {
      long[] t = e.getValue();
      if (t[ZOIS_BEFORE] == 0 && t[ZOIS_DR] == 0 && t[ZOIS_CR] == 0) {
        continue;
      }
      String code = e.getKey();
      Optional<Account> acc = chart.account(code);
      String name = token(acc.map(Account::name).orElse(code), 256, code);
      long opening = t[ZOIS_BEFORE];
      long closing = opening + t[ZOIS_DR] - t[ZOIS_CR];
      // the cumulative turnover runs from the start of the fiscal year; when the period starts later, the
      // closing balance is still the opening balance at the period's start plus the period's turnover
      String[] amounts = {amount(Math.max(opening, 0)), amount(Math.max(-opening, 0)), amount(t[ZOIS_DR]),
          amount(t[ZOIS_CR]), amount(t[ZOIS_CUM_DR]), amount(t[ZOIS_CUM_CR]), amount(Math.max(closing, 0)),
          amount(Math.max(-closing, 0))};
      if (schema == JpkSchema.KR) {
        startG("ZOiS");
        el("KodKonta", token(code, 256, code));
        el("OpisKonta", name);
        el("TypKonta", accountType(acc));
        String group = group(code);
        el("KodZespolu", group);
        el("OpisZespolu", groupName(group));
        Account root = acc.isPresent() ? chart.root(code) : null;
        el("KodKategorii", token(root == null ? code : root.code(), 256, code));
        el("OpisKategorii", token(root == null ? name : root.name(), 256, name));
        Optional<Account> parent = acc.flatMap(a -> a.parent()).flatMap(chart::account);
        if (parent.isPresent() && root != null && !parent.get().code().equals(root.code())) {
          el("KodPodkategorii", token(parent.get().code(), 256, code));
          el("OpisPodkategorii", token(parent.get().name(), 256, name));
        }
        String[] names = {"BilansOtwarciaWinien", "BilansOtwarciaMa", "ObrotyWinien", "ObrotyMa", "ObrotyWinienNarast",
            "ObrotyMaNarast", "SaldoWinien", "SaldoMa"};
        for (int i = 0; i < 8; i++) {
          el(names[i], amounts[i]);
        }
        end();
      } else {
        start(config.ifrs() ? "ZOiS8" : "ZOiS7");
        el("S_1", token(code, 256, code));
        el("S_2", name);
        el("S_3", token(acc.flatMap(a -> a.parent()).orElse(code), 256, code));
        for (int i = 0; i < 8; i++) {
          el("S_" + (i + 4), amounts[i]);
        }
        el("S_12_1", marker(code, config.effectiveAccountMarkers(), config.otherAccountMarker()));
        String tax = marker(code, config.taxMarkers(), "");
        if (!tax.isEmpty()) {
          el("S_12_3", tax);
        }
        end();
      }
      n++;
    }
    if (schema == JpkSchema.KR_PD) {
      end();
    }
    return n;
  }

  /** The marker of the longest matching prefix, or the fallback. */
  private static String marker(String code, Map<String, String> markers, String fallback) {
    String best = null;
    for (String prefix : markers.keySet()) {
      if (code.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? fallback : markers.get(best);
  }

  private static String accountType(Optional<Account> acc) {
    AccountCategory c = acc.map(Account::category).orElse(AccountCategory.BALANCE_SHEET);
    switch (c) {
      case RESULT:
        return "Wynikowe";
      case OFF_BALANCE:
        return "Pozabilansowe";
      default:
        return "Bilansowe";
    }
  }

  /** The group (zespół) of an account: the first digit of a Polish code, else the first segment of a name. */
  private static String group(String code) {
    if (Character.isDigit(code.charAt(0))) {
      return code.substring(0, 1);
    }
    return token(code.split("[:\\s-]", 2)[0], 256, code);
  }

  private static String groupName(String group) {
    switch (group) {
      case "0":
        return "Aktywa trwałe";
      case "1":
        return "Środki pieniężne, rachunki bankowe oraz inne krótkoterminowe aktywa finansowe";
      case "2":
        return "Rozrachunki i roszczenia";
      case "3":
        return "Materiały i towary";
      case "4":
        return "Koszty według rodzajów i ich rozliczenie";
      case "5":
        return "Koszty według typów działalności i ich rozliczenie";
      case "6":
        return "Produkty i rozliczenia międzyokresowe";
      case "7":
        return "Przychody i koszty związane z ich osiąganiem";
      case "8":
        return "Kapitały (fundusze) własne, fundusze specjalne, rezerwy i wynik finansowy";
      case "9":
        return "Konta pozabilansowe";
      default:
        return group;
    }
  }

  /**
   * One pass over the period's entries, the one loop of both schemas: with {@code entries}, each entry's row
   * ({@code Dziennik}, counted in {@code counts[0]}, its amount summed in {@code sums[0]}); with {@code lines},
   * each line's row ({@code KontoZapis}, counted in {@code counts[1]}, summed by side in {@code sums[1]} and
   * {@code sums[2]}). JPK_KR lists every entry, then every line (two passes); JPK_KR_PD nests an entry's lines
   * in its row (one pass with both).
   */
  private void journalPass(boolean entries, boolean lines, long[] counts, long[] sums) throws XMLStreamException {
    boolean nested = schema != JpkSchema.KR;
    Iterator<PostedEntry> it = journal();
    while (it.hasNext()) {
      PostedEntry p = it.next();
      if (p.date().isBefore(from) || p.date().isAfter(to)) {
        continue;
      }
      if (entries) {
        long amount = entryAmount(p);
        counts[0]++;
        sums[0] += amount;
        if (nested) {
          start("Dziennik");
          entryFields(p, amount, KR_PD_ENTRY, 512);
        } else {
          startG("Dziennik");
          el("LpZapisuDziennika", String.valueOf(counts[0]));
          entryFields(p, amount, KR_ENTRY, 256);
          end();
        }
      }
      for (int i = 0; lines && i < p.lines().size(); i++) {
        JournalLine l = p.lines().get(i);
        long value = plnValue(p, i).getAmountMinorLong();
        boolean debit = l.side() == Side.DEBIT;
        counts[1]++;
        sums[debit ? 1 : 2] += value;
        if (nested) {
          lineKrPd(p, l, value, debit, counts[1]);
        } else {
          lineKr(p, l, value, debit, counts[1]);
        }
      }
      if (entries && nested) {
        end();
      }
    }
  }

  private void lineKr(PostedEntry p, JournalLine l, long value, boolean debit, long number) throws XMLStreamException {
    boolean foreign = !l.amount().getCurrencyUnit().equals(pln);
    startG("KontoZapis");
    el("LpZapisu", String.valueOf(number));
    el("NrZapisu", token(p.id().value(), 256, "?"));
    String memo = l.memo().map(m -> token(m, 256, "")).orElse("");
    el("KodKontaWinien", debit ? token(l.account(), 256, l.account()) : "null");
    el("KwotaWinien", debit ? amount(value) : "0.00");
    if (debit && foreign) {
      el("KwotaWinienWaluta", foreignAmount(l.amount()));
      el("KodWalutyWinien", l.amount().getCurrencyUnit().getCode());
    }
    if (debit && !memo.isEmpty()) {
      el("OpisZapisuWinien", memo);
    }
    el("KodKontaMa", debit ? "null" : token(l.account(), 256, l.account()));
    el("KwotaMa", debit ? "0.00" : amount(value));
    if (!debit && foreign) {
      el("KwotaMaWaluta", foreignAmount(l.amount()));
      el("KodWalutyMa", l.amount().getCurrencyUnit().getCode());
    }
    if (!debit && !memo.isEmpty()) {
      el("OpisZapisuMa", memo);
    }
    end();
  }

  private void lineKrPd(PostedEntry p, JournalLine l, long value, boolean debit, long number) throws XMLStreamException {
    start("KontoZapis");
    el("Z_1", String.valueOf(number));
    el("Z_2", token(l.memo().orElse(description(p)), 512, p.id().value()));
    el("Z_3", token(l.account(), 256, l.account()));
    el(debit ? "Z_4" : "Z_7", amount(value));
    if (!l.amount().getCurrencyUnit().equals(pln)) {
      el(debit ? "Z_5" : "Z_8", foreignAmount(l.amount()));
      el(debit ? "Z_6" : "Z_9", l.amount().getCurrencyUnit().getCode());
    }
    end();
  }

  /**
   * The fields of a journal entry, in schema order, under the schema's names: number, journal, document
   * number and type, operation, document and booking dates, operator, description (up to its maximum length)
   * and amount.
   */
  private void entryFields(PostedEntry p, long amount, String[] names, int descriptionMax) throws XMLStreamException {
    String id = p.id().value();
    el(names[0], token(id, 256, "?"));
    el(names[1], token(config.journalName(), 256, "Dziennik"));
    el(names[2], token(p.entry().document().map(d -> d.number()).orElse(id), 256, id));
    el(names[3], token(p.entry().document().map(d -> d.type()).orElse("PK"), 256, "PK"));
    el(names[4], p.date().toString());
    el(names[5], documentDate(p).toString());
    el(names[6], bookingDate(p).toString());
    el(names[7], token(config.operator(), 256, "Backoffice"));
    el(names[8], token(description(p), descriptionMax, id));
    el(names[9], amount(amount));
  }

  /** The amount of an entry: the sum of its debit lines in PLN (storno lines negative). */
  private long entryAmount(PostedEntry p) {
    long sum = 0;
    for (int i = 0; i < p.lines().size(); i++) {
      if (p.lines().get(i).side() == Side.DEBIT) {
        sum += plnValue(p, i).getAmountMinorLong();
      }
    }
    return sum;
  }

  private static String description(PostedEntry p) {
    String d = p.entry().description();
    if (!d.isBlank()) {
      return d;
    }
    return p.entry().document().map(doc -> doc.type() + " " + doc.number()).orElse("Zapis " + p.id().value());
  }

  /** Grosze as a decimal with two places. */
  private static String amount(long minor) {
    return BigDecimal.valueOf(minor, 2).toPlainString();
  }

  /** A foreign amount with at most two decimals (the schema's TKwotowy); three-decimal currencies are rounded. */
  private static String foreignAmount(Money m) {
    BigDecimal a = m.getAmount();
    return (a.scale() > 2 ? a.setScale(2, RoundingMode.HALF_UP) : a).toPlainString();
  }

  /**
   * Text as the schemas' token types take it: control characters dropped, white space collapsed, cut to the
   * maximum length; the fallback when nothing is left.
   */
  static String token(String s, int max, String fallback) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    String t = sb.length() > max ? sb.substring(0, max).strip() : sb.toString();
    return t.isEmpty() ? fallback : t;
  }

  // ------------------------------------------------------------------------------------------------ XML

  private void newline() throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(depth));
  }

  private void start(String name) throws XMLStreamException {
    newline();
    w.writeStartElement(schema.namespace(), name);
    depth++;
  }

  /** A record element with the JPK_KR(1) attribute {@code typ="G"}. */
  private void startG(String name) throws XMLStreamException {
    start(name);
    w.writeAttribute("typ", "G");
  }

  private void end() throws XMLStreamException {
    depth--;
    newline();
    w.writeEndElement();
  }

  private void el(String name, String text) throws XMLStreamException {
    newline();
    w.writeStartElement(schema.namespace(), name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private void etd(String name, String text) throws XMLStreamException {
    newline();
    w.writeStartElement(schema.typesNamespace(), name);
    w.writeCharacters(text);
    w.writeEndElement();
  }
}
