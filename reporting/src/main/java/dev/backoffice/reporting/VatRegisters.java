package dev.backoffice.reporting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.vat.ReverseCharge;
import dev.backoffice.reporting.vat.ImmutableVatRegister;
import dev.backoffice.reporting.vat.VatAmount;
import dev.backoffice.reporting.vat.VatInvoice;
import dev.backoffice.reporting.vat.VatPosting;
import dev.backoffice.reporting.vat.VatRate;
import dev.backoffice.reporting.vat.VatRegister;
import dev.backoffice.reporting.vat.VatRegisterKind;
import dev.backoffice.reporting.vat.VatRegisterRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Builds VAT registers from the journal: every entry dated in the period whose lines carry VAT tags.
 *
 * <ul>
 *   <li>Sales: a tagged line on the output-VAT account (221 and its analytic accounts) — its credit minus debit is
 *       the tax, its {@code vat-base} the base; and a tagged credit line on another account at a rate without tax
 *       (zw, np, 0 %, a sale under reverse charge), whose amount is the base.
 *   <li>Purchases: a tagged line on the input-VAT account (222 …) — its debit minus credit is the tax to deduct.
 * </ul>
 *
 * <p>Fields (MF's JPK_V7 brochure): 23 % K_19/K_20, 8 % K_17/K_18, 5 % K_15/K_16, 0 % K_13 (K_21 to a buyer in
 * another EU country: intra-Community supply; K_22 to one outside the EU: export), zw K_10, np K_11, a sale under
 * reverse charge K_11 (and K_12 to a buyer in another EU country: services of art. 100 ust. 1 pkt 4), the
 * self-assessed tax on a reverse-charge purchase by {@link ReverseCharge}; input tax K_42/K_43, on fixed assets
 * K_40/K_41.
 */
final class VatRegisters {
  static final ImmutableSet<String> EU = ImmutableSet.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "GR",
      "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
  /** The sales-register fields in the schema's order. */
  static final ImmutableList<String> SALES_FIELDS = ImmutableList.of("K_10", "K_11", "K_12", "K_13", "K_14", "K_15",
      "K_16", "K_17", "K_18", "K_19", "K_20", "K_21", "K_22", "K_23", "K_24", "K_25", "K_26", "K_27", "K_28", "K_29",
      "K_30", "K_31", "K_32", "K_33", "K_34", "K_35", "K_36", "K_360");
  /** The purchase-register fields in the schema's order. */
  static final ImmutableList<String> PURCHASE_FIELDS = ImmutableList.of("K_40", "K_41", "K_42", "K_43", "K_44", "K_45",
      "K_46", "K_47");
  /** Output-tax fields of the sales control sum (PodatekNalezny), K_35, K_36 and K_360 subtracted. */
  static final ImmutableList<String> OUTPUT_TAX = ImmutableList.of("K_16", "K_18", "K_20", "K_24", "K_26", "K_28",
      "K_30", "K_32", "K_33", "K_34");
  static final ImmutableList<String> OUTPUT_TAX_LESS = ImmutableList.of("K_35", "K_36", "K_360");
  /** Input-tax fields of the purchase control sum (PodatekNaliczony). */
  static final ImmutableList<String> INPUT_TAX = ImmutableList.of("K_41", "K_43", "K_44", "K_45", "K_46", "K_47");

  private static final CurrencyUnit PLN = Monies.PLN;

  private VatRegisters() {}

  /**
   * The VAT accounts: output (221) and input (222), each with its analytic accounts — the subtree in the chart, and
   * any account whose code starts with the number followed by a non-digit (a journal's {@code 221-1 VAT należny},
   * {@code 221:Należny}).
   */
  record Accounts(String output, String input) {
    Set<String> of(ChartOfAccounts chart, VatRegisterKind kind) {
      String root = kind == VatRegisterKind.SALES ? output : input;
      Set<String> out = new HashSet<>(chart.account(root).isPresent() ? chart.subtree(root) : List.of(root));
      out.add(root);
      for (Account a : chart.accounts()) {
        String c = a.code();
        if (c.length() > root.length() && c.startsWith(root) && !Character.isDigit(c.charAt(root.length()))) {
          out.addAll(chart.subtree(c));
        }
      }
      return out;
    }
  }

  static VatRegister register(LedgerView view, VatRegisterKind kind, LocalDate from, LocalDate to, Accounts vat) {
    List<VatRegisterRow> rows = new ArrayList<>();
    VatRegister totals = scan(view, kind, from, to, vat, rows::add);
    return ImmutableVatRegister.copyOf(totals).withRows(rows);
  }

  /**
   * Reads the period's entries once, handing each row to {@code sink} as it is made (nothing is kept), and returns
   * the register's totals and checks without rows.
   */
  static VatRegister scan(LedgerView view, VatRegisterKind kind, LocalDate from, LocalDate to, Accounts vat,
      Consumer<VatRegisterRow> sink) {
    Set<String> accounts = vat.of(view.chart(), kind);
    int[] count = new int[1];
    Money[] tax = {Money.zero(PLN)};
    Map<String, Money> fieldTotals = new LinkedHashMap<>();
    Map<VatRate, VatAmount> rateTotals = new EnumMap<>(VatRate.class);
    long[] turnover = new long[1];
    List<String> untagged = new ArrayList<>();
    view.journal().forEach(p -> {
      if (p.date().isBefore(from) || p.date().isAfter(to)) {
        return;
      }
      long accountMove = 0;
      boolean movesAccount = false;
      boolean tagged = false;
      for (JournalLine l : p.lines()) {
        if (accounts.contains(l.account())) {
          long v = value(p, l).getAmountMinorLong();
          accountMove += (l.side() == Side.DEBIT) == (kind == VatRegisterKind.PURCHASES) ? v : -v;
          movesAccount = true;
          tagged |= l.tags().has(VatPosting.RATE);
        }
      }
      turnover[0] += accountMove;
      if (movesAccount && !tagged && untagged.size() < 10) {
        untagged.add(p.id().value() + p.entry().document().map(d -> " (" + d.number() + ")").orElse("") + " "
            + plain(Money.ofMinor(PLN, accountMove)));
      }
      row(p, kind, accounts, count[0] + 1).ifPresent(r -> {
        count[0]++;
        tax[0] = tax[0].plus(r.tax());
        r.fields().forEach((f, m) -> fieldTotals.merge(f, m, Money::plus));
        r.amounts().forEach(a -> rateTotals.merge(a.rate(), a, VatAmount::plus));
        sink.accept(r);
      });
    });
    Money taxTotal = tax[0];
    Money moved = Money.ofMinor(PLN, turnover[0]);
    boolean ok = moved.isEqual(taxTotal);
    String account = kind == VatRegisterKind.SALES ? vat.output() : vat.input();
    String side = kind == VatRegisterKind.SALES ? "credit minus debit" : "debit minus credit";
    String differ = untagged.isEmpty() ? "" : "; entries on " + account + " without VAT data: " + String.join(", ", untagged);
    Check check = Check.of("tax-equals-account-turnover:" + account, ok,
        (kind == VatRegisterKind.SALES ? "output" : "input") + " tax of the register " + plain(taxTotal)
            + (ok ? " equals" : " does not equal") + " the turnover of " + account + " (" + side + ") " + plain(moved)
            + (ok ? "" : differ),
        "podatek " + (kind == VatRegisterKind.SALES ? "należny" : "naliczony") + " z ewidencji " + plain(taxTotal)
            + (ok ? " zgodny z" : " niezgodny z") + " obrotami konta " + account + " " + plain(moved)
            + (ok ? "" : differ.replace("entries on", "zapisy na koncie").replace("without VAT data", "bez danych VAT")));
    ImmutableMap.Builder<String, Money> ordered = ImmutableMap.builder();
    for (String f : kind == VatRegisterKind.SALES ? SALES_FIELDS : PURCHASE_FIELDS) {
      if (fieldTotals.containsKey(f)) {
        ordered.put(f, fieldTotals.get(f));
      }
    }
    return VatRegister.builder().kind(kind).from(from).to(to).rowCount(count[0]).addAllTotals(rateTotals.values())
        .fieldTotals(ordered.build()).tax(taxTotal).addChecks(check).build();
  }

  /** The row of an entry in a register, if it has VAT data for it. */
  private static Optional<VatRegisterRow> row(PostedEntry p, VatRegisterKind kind, Set<String> accounts, int number) {
    VatInvoice invoice = null;
    Map<VatRate, VatAmount> amounts = new EnumMap<>(VatRate.class);
    Map<String, Money> fields = new LinkedHashMap<>();
    for (JournalLine l : p.lines()) {
      Optional<VatPosting> vp = VatPosting.from(l.tags());
      if (vp.isEmpty()) {
        continue;
      }
      VatPosting posting = vp.get();
      boolean onVat = accounts.contains(l.account());
      Money value = value(p, l);
      Money tax;
      Money base;
      if (onVat) {
        tax = (l.side() == Side.CREDIT) == (kind == VatRegisterKind.SALES) ? value : value.negated();
        base = Money.of(PLN, posting.base().orElseThrow(() -> new ValidationException(p.subject(),
            "line " + l.account() + " " + VatPosting.BASE, "", "must be given on a VAT line (the net amount taxed)")));
      } else if (kind == VatRegisterKind.SALES && l.side() == Side.CREDIT && posting.rate().percent().map(r -> r.signum() == 0)
          .orElse(true)) {
        // a revenue line of a sale without tax (zw, np, 0 %, reverse charge) is its own base
        tax = Money.zero(PLN);
        base = posting.base().map(b -> Money.of(PLN, b)).orElse(value);
      } else {
        continue;
      }
      if (invoice == null) {
        invoice = VatInvoice.from(p.entry().tags());
      }
      amounts.merge(posting.rate(), VatAmount.of(posting.rate(), base, tax), VatAmount::plus);
      fields(kind, onVat, posting, invoice, base, tax, p).forEach((f, m) -> fields.merge(f, m, Money::plus));
    }
    if (invoice == null) {
      return Optional.empty();
    }
    ImmutableMap.Builder<String, Money> ordered = ImmutableMap.builder();
    Money rowTax = Money.zero(PLN);
    for (String f : kind == VatRegisterKind.SALES ? SALES_FIELDS : PURCHASE_FIELDS) {
      Money m = fields.get(f);
      if (m != null && !m.isZero()) {
        ordered.put(f, m);
      }
      if (m != null && (OUTPUT_TAX.contains(f) || INPUT_TAX.contains(f))) {
        rowTax = rowTax.plus(m);
      } else if (m != null && OUTPUT_TAX_LESS.contains(f)) {
        rowTax = rowTax.minus(m);
      }
    }
    VatInvoice inv = invoice;
    LocalDate issue = inv.issueDate().orElse(p.entry().document().map(d -> d.date()).orElse(p.date()));
    return Optional.of(VatRegisterRow.builder()
        .number(number)
        .entryId(p.id().value())
        .date(p.date())
        .document(p.entry().document().map(d -> d.number()).orElse(p.id().value()))
        .issueDate(issue)
        .invoice(inv)
        .addAllAmounts(amounts.values())
        .fields(ordered.build())
        .tax(rowTax)
        .build());
  }

  /** The JPK_V7 fields one tagged line fills. */
  private static Map<String, Money> fields(VatRegisterKind kind, boolean onVat, VatPosting posting, VatInvoice invoice,
      Money base, Money tax, PostedEntry p) {
    Map<String, Money> out = new LinkedHashMap<>();
    if (kind == VatRegisterKind.PURCHASES) {
      out.put(posting.fixedAsset() ? "K_40" : "K_42", base);
      out.put(posting.fixedAsset() ? "K_41" : "K_43", tax);
      return out;
    }
    String country = invoice.partnerCountry().orElse("PL");
    boolean otherEu = EU.contains(country) && !country.equals("PL");
    switch (posting.rate()) {
      case RATE_23:
        out.put("K_19", base);
        out.put("K_20", tax);
        break;
      case RATE_8:
        out.put("K_17", base);
        out.put("K_18", tax);
        break;
      case RATE_5:
        out.put("K_15", base);
        out.put("K_16", tax);
        break;
      case RATE_0:
        out.put(country.equals("PL") ? "K_13" : otherEu ? "K_21" : "K_22", base);
        break;
      case EXEMPT:
        out.put("K_10", base);
        break;
      case NOT_TAXABLE:
        out.put("K_11", base);
        break;
      case REVERSE_CHARGE:
        if (onVat) {
          ReverseCharge rc = invoice.reverseCharge().orElse(country.equals("PL") ? ReverseCharge.DOMESTIC
              : otherEu ? ReverseCharge.EU_SERVICES : ReverseCharge.IMPORT_SERVICES);
          out.put(rc.baseField(), base);
          out.put(rc.taxField(), tax);
        } else {
          out.put("K_11", base);
          if (otherEu) {
            out.put("K_12", base);
          }
        }
        break;
      default:
        throw new IllegalStateException("rate " + posting.rate() + " of " + p.subject());
    }
    return out;
  }

  /** A line's value in złoty: its amount, or its cost in PLN. */
  private static Money value(PostedEntry p, JournalLine l) {
    return l.baseValue(PLN).orElseThrow(() -> new ValidationException(p.subject(), "line " + l.account(), l.amount(),
        "must have a value in PLN for the VAT registers"));
  }

  private static String plain(Money m) {
    return m.getAmount().toPlainString();
  }
}
