package dev.backoffice.payroll.declaration;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.joda.money.Money;

/**
 * Writes declarations as text, CSV or JSON. CSV has one header row (RFC 4180, commons-csv); JSON is written with
 * Jackson's streaming generator; amounts are plain decimals with two places (advances too: {@code 291.00}).
 *
 * <ul>
 *   <li>PIT-11 CSV: {@code employee,year,position,value} — one row per filled position (P_28, part E, P_95–P_122);
 *   <li>PIT-4R CSV: {@code year,month,employment,personal_activity,total,flat_tax};
 *   <li>DRA CSV: {@code month,employee,title,payouts,} the bases and contributions by fund {@code ,total} — one row
 *       per RCA block, then a {@code DRA} row with the totals (employee {@code DRA}, title empty), its insured count
 *       in {@code payouts}; the benefits deducted and the amount to pay follow in the JSON and text forms.
 * </ul>
 */
public final class DeclarationRenderer {
  private static final JsonFactory JSON = new JsonFactory();
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
  private static final ImmutableList<String> FUND_HEADER = ImmutableList.of("pension_disability_base", "sickness_base", "accident_base",
      "health_base", "pension_insured", "pension_payer", "disability_insured", "disability_payer", "sickness", "accident", "health",
      "labor_fund", "fgsp", "total");
  private static final ImmutableList<Function<ZusContributions, Money>> FUNDS = ImmutableList.of(ZusContributions::pensionDisabilityBase,
      ZusContributions::sicknessBase, ZusContributions::accidentBase, ZusContributions::healthBase, ZusContributions::pensionInsured,
      ZusContributions::pensionPayer, ZusContributions::disabilityInsured, ZusContributions::disabilityPayer,
      ZusContributions::sicknessInsured, ZusContributions::accidentPayer, ZusContributions::health, ZusContributions::laborFund,
      ZusContributions::guaranteedFund, ZusContributions::total);

  private DeclarationRenderer() {}

  /**
   * PIT-11s.
   *
   * @param pit11s the forms, e.g. {@link Pit11#ofAll}
   * @param format the format
   * @return the text
   */
  public static String pit11(List<Pit11> pit11s, DeclarationFormat format) {
    Checks.notNull(pit11s, "pit11s");
    switch (Checks.notNull(format, "format")) {
      case CSV:
        return csv(ImmutableList.of("employee", "year", "position", "value"), out -> {
          for (Pit11 p : pit11s) {
            for (Map.Entry<String, String> e : p.positions().entrySet()) {
              out.printRecord(p.employeeId(), p.taxYear(), e.getKey(), e.getValue());
            }
          }
        });
      case JSON:
        return json(g -> {
          g.writeStartArray();
          for (Pit11 p : pit11s) {
            g.writeStartObject();
            g.writeStringField("employee", p.employeeId());
            g.writeNumberField("year", p.taxYear());
            g.writeNumberField("payouts", p.payouts());
            g.writeArrayFieldStart("rows");
            for (Pit11Row r : p.rows()) {
              g.writeStartObject();
              g.writeNumberField("row", r.source().row());
              g.writeStringField("source", r.source().name());
              money(g, "revenue", r.revenue());
              money(g, "costs", r.costs());
              money(g, "income", r.income());
              money(g, "advance", r.advance());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("positions");
            for (Map.Entry<String, String> e : p.positions().entrySet()) {
              g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            money(g, "totalRevenue", p.totalRevenue());
            money(g, "totalAdvances", p.totalAdvances());
            g.writeArrayFieldStart("notes");
            for (String n : p.notes()) {
              g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
        });
      default:
        StringBuilder sb = new StringBuilder();
        for (Pit11 p : pit11s) {
          sb.append("PIT-11 ").append(p.taxYear()).append(" employee ").append(p.employeeId()).append(p.name().map(n -> " " + n).orElse(""))
              .append(" (").append(p.payouts()).append(" payouts)\n");
          sb.append(String.format("  %-4s %-60s %12s %12s %12s %10s%n", "row", "source", "revenue", "costs", "income", "advance"));
          for (Pit11Row r : p.rows()) {
            sb.append(String.format("  %-4d %-60s %12s %12s %12s %10s%n", r.source().row(), shorten(r.source().polishName(), 60),
                plain(r.revenue()), plain(r.costs()), plain(r.income()), plain(r.advance())));
          }
          sb.append("  positions:");
          p.positions().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
          sb.append('\n');
          for (String n : p.notes()) {
            sb.append("  note: ").append(n).append('\n');
          }
        }
        return sb.toString();
    }
  }

  /**
   * A PIT-4R.
   *
   * @param pit4r the declaration
   * @param format the format
   * @return the text
   */
  public static String pit4r(Pit4R pit4r, DeclarationFormat format) {
    Checks.notNull(pit4r, "pit4r");
    switch (Checks.notNull(format, "format")) {
      case CSV:
        return csv(ImmutableList.of("year", "month", "employment", "personal_activity", "total", "flat_tax"), out -> {
          for (Pit4RMonth m : pit4r.months()) {
            out.printRecord(pit4r.taxYear(), m.month(), plain(m.employment()), plain(m.personalActivity()), plain(m.total()), plain(m.flatTax()));
          }
        });
      case JSON:
        return json(g -> {
          g.writeStartObject();
          g.writeNumberField("year", pit4r.taxYear());
          g.writeArrayFieldStart("months");
          for (Pit4RMonth m : pit4r.months()) {
            g.writeStartObject();
            g.writeNumberField("month", m.month());
            money(g, "employment", m.employment());
            money(g, "personalActivity", m.personalActivity());
            money(g, "total", m.total());
            money(g, "flatTax", m.flatTax());
            g.writeEndObject();
          }
          g.writeEndArray();
          money(g, "total", pit4r.total());
          g.writeEndObject();
        });
      default:
        StringBuilder sb = new StringBuilder("PIT-4R ").append(pit4r.taxYear()).append('\n');
        sb.append(String.format("  %5s %14s %14s %14s %12s%n", "month", "art. 32", "art. 41", "total", "flat (8AR)"));
        for (Pit4RMonth m : pit4r.months()) {
          sb.append(String.format("  %5d %14s %14s %14s %12s%n", m.month(), plain(m.employment()), plain(m.personalActivity()), plain(m.total()),
              plain(m.flatTax())));
        }
        return sb.append(String.format("  %5s %14s %14s %14s%n", "year", "", "", plain(pit4r.total()))).toString();
    }
  }

  /**
   * A DRA with its RCA blocks.
   *
   * @param dra the declaration
   * @param rca its RCA blocks
   * @param format the format
   * @return the text
   */
  public static String dra(Dra dra, List<RcaEntry> rca, DeclarationFormat format) {
    Checks.notNull(dra, "dra");
    Checks.notNull(rca, "rca");
    switch (Checks.notNull(format, "format")) {
      case CSV:
        ImmutableList<String> header = ImmutableList.<String>builder().add("month", "employee", "title", "payouts").addAll(FUND_HEADER).build();
        return csv(header, out -> {
          for (RcaEntry e : rca) {
            out.printRecord(row(e.month().toString(), e.employeeId(), e.title().fullCode(), e.payouts(), e.contributions()));
          }
          out.printRecord(row(dra.month().toString(), "DRA", "", dra.insuredPersons(), dra.contributions()));
        });
      case JSON:
        return json(g -> {
          g.writeStartObject();
          g.writeStringField("month", dra.month().toString());
          g.writeNumberField("insured", dra.insuredPersons());
          funds(g, "totals", dra.contributions());
          money(g, "benefitsDeducted", dra.benefitsDeducted());
          money(g, "payable", dra.payable());
          g.writeArrayFieldStart("rca");
          for (RcaEntry e : rca) {
            g.writeStartObject();
            g.writeStringField("employee", e.employeeId());
            g.writeStringField("title", e.title().fullCode());
            g.writeNumberField("payouts", e.payouts());
            funds(g, "contributions", e.contributions());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
      default:
        StringBuilder sb = new StringBuilder("ZUS DRA ").append(dra.month()).append(": ").append(dra.insuredPersons()).append(" insured\n");
        text(sb, "DRA", dra.contributions());
        sb.append(String.format("  %-28s %12s%n  %-28s %12s%n", "zasiłki do potrącenia", plain(dra.benefitsDeducted()), "do zapłaty",
            plain(dra.payable())));
        for (RcaEntry e : rca) {
          text(sb, "RCA " + e.employeeId() + " " + e.title().fullCode(), e.contributions());
        }
        return sb.toString();
    }
  }

  private static Object[] row(String month, String employee, String title, int count, ZusContributions z) {
    Object[] r = new Object[4 + FUNDS.size()];
    r[0] = month;
    r[1] = employee;
    r[2] = title;
    r[3] = count;
    for (int i = 0; i < FUNDS.size(); i++) {
      r[4 + i] = plain(FUNDS.get(i).apply(z));
    }
    return r;
  }

  private static void text(StringBuilder sb, String title, ZusContributions z) {
    sb.append("  ").append(title).append('\n');
    for (int i = 0; i < FUNDS.size(); i++) {
      sb.append(String.format("    %-26s %12s%n", FUND_HEADER.get(i), plain(FUNDS.get(i).apply(z))));
    }
  }

  private static void funds(JsonGenerator g, String name, ZusContributions z) throws IOException {
    g.writeObjectFieldStart(name);
    for (int i = 0; i < FUNDS.size(); i++) {
      money(g, FUND_HEADER.get(i), FUNDS.get(i).apply(z));
    }
    g.writeEndObject();
  }

  private static void money(JsonGenerator g, String name, Money m) throws IOException {
    g.writeStringField(name, plain(m));
  }

  static String plain(Money m) {
    return m.getAmount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Writes records. */
  private interface Records {
    void write(RecordSink out) throws IOException;
  }

  /** Takes one CSV record. */
  private interface RecordSink {
    void printRecord(Object... values) throws IOException;
  }

  /** Writes JSON to a generator. */
  private interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  private static String csv(List<String> header, Records body) {
    StringWriter w = new StringWriter();
    try {
      // CSVFormat.printRecord rather than CSVPrinter, whose class file carries SpotBugs annotations javac warns about
      CSV.printRecord(w, header.toArray());
      body.write(values -> CSV.printRecord(w, values));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  private static String json(JsonBody body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.append('\n').toString();
  }
}
