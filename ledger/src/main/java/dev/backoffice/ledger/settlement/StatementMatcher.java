package dev.backoffice.ledger.settlement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.bank.BankStatement;
import dev.backoffice.ledger.bank.StatementLine;
import dev.backoffice.ledger.bank.StatementLineId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Pairs bank statement lines with open items (uzgadnianie wyciągu). Rules, strongest first (see {@link MatchRule}):
 * a split-payment title's {@code /INV/}; document numbers in the title; the amount of an open item of the
 * counterparty known by its bank account ({@code iban} tag) or by a NIP in the title; the amount alone (a
 * suggestion only). Money in settles items with a debit balance (receivables), money out items with a credit
 * balance (payables), in the line's currency.
 *
 * <p>Each match carries its rule and a confidence: 0.99 split payment, 0.95 one document, 0.90 several documents,
 * 0.80 amount and account, 0.75 amount and NIP, 0.50 amount only; a line that pays less than its documents owe
 * (a partial payment) loses 0.10, one that pays more (an over-payment, the rest unapplied) 0.15. A match is
 * accepted at {@link #acceptance()} (0.70 by default) and above, unless the rule found several equally good items
 * (two open invoices of the same amount): then it lists them and is not accepted.
 *
 * <p>The open items are indexed by document number, by counterparty and by amount when the matcher is made, so
 * matching a line costs the length of its title plus the items it names: no line is compared with every item.
 * Lines of one statement settle items in turn: a second line naming a document already paid in full by the
 * first finds it paid.
 */
public final class StatementMatcher {
  private static final BigDecimal DEFAULT_ACCEPTANCE = new BigDecimal("0.70");

  private record AmountKey(Money amount, boolean debitBalance) {}

  private final Settlements settlements;
  private final BigDecimal acceptance;
  private final Map<String, List<OpenItem>> byDocument = new HashMap<>();
  private final Map<String, List<OpenItem>> byPartner = new HashMap<>();
  private final Map<String, Set<String>> partnersByAccount = new HashMap<>();
  private final Map<AmountKey, List<OpenItem>> byAmount = new HashMap<>();

  private StatementMatcher(Settlements settlements, List<OpenItem> items, BigDecimal acceptance) {
    this.settlements = settlements;
    this.acceptance = acceptance;
    for (OpenItem i : items) {
      if (i.open().isZero() || i.partner().isEmpty() && i.document().isEmpty()) {
        continue;
      }
      if (!i.document().isEmpty()) {
        byDocument.computeIfAbsent(docKey(i.document()), k -> new ArrayList<>(1)).add(i);
      }
      if (!i.partner().isEmpty()) {
        byPartner.computeIfAbsent(partnerKey(i.partner()), k -> new ArrayList<>(2)).add(i);
        i.iban().ifPresent(a -> partnersByAccount.computeIfAbsent(accountKey(a), k -> new LinkedHashSet<>())
            .add(partnerKey(i.partner())));
      }
      if (!i.isUnapplied()) {
        byAmount.computeIfAbsent(new AmountKey(i.open().abs(), i.open().isPositive()), k -> new ArrayList<>(1)).add(i);
      }
    }
  }

  private StatementMatcher(StatementMatcher other, BigDecimal acceptance) {
    this.settlements = other.settlements;
    this.acceptance = acceptance;
    byDocument.putAll(other.byDocument);
    byPartner.putAll(other.byPartner);
    partnersByAccount.putAll(other.partnersByAccount);
    byAmount.putAll(other.byAmount);
  }

  /**
   * A matcher against the items open on a day.
   *
   * @param settlements the ledger's settlements
   * @param asOf the day whose open items the lines may settle (usually the statement's closing date)
   * @return the matcher
   */
  public static StatementMatcher of(Settlements settlements, LocalDate asOf) {
    Checks.notNull(settlements, "settlements");
    Checks.notNull(asOf, "asOf");
    return new StatementMatcher(settlements, settlements.unsorted(ItemQuery.asOf(asOf)), DEFAULT_ACCEPTANCE);
  }

  /** The lowest confidence accepted. */
  public BigDecimal acceptance() {
    return acceptance;
  }

  /**
   * This matcher with another acceptance threshold.
   *
   * @param threshold 0 to 1
   * @return a new matcher
   */
  public StatementMatcher withAcceptance(BigDecimal threshold) {
    Checks.check(threshold.signum() >= 0 && threshold.compareTo(BigDecimal.ONE) <= 0, "matcher", "acceptance",
        threshold, "must be between 0 and 1");
    return new StatementMatcher(this, threshold);
  }

  /**
   * Matches every line of a statement, in order.
   *
   * @param statement the statement
   * @return one match per line
   */
  public ImmutableList<StatementMatch> match(BankStatement statement) {
    Checks.notNull(statement, "statement");
    Map<OpenItem, Money> paid = new IdentityHashMap<>();
    ImmutableList.Builder<StatementMatch> out = ImmutableList.builderWithExpectedSize(statement.lines().size());
    for (StatementLine line : statement.lines()) {
      out.add(match(statement.lineId(line), line, paid));
    }
    return out.build();
  }

  private StatementMatch match(StatementLineId id, StatementLine line, Map<OpenItem, Money> paid) {
    ImmutableStatementMatch.Builder m = StatementMatch.builder().lineId(id).line(line)
        .unapplied(Money.zero(line.amount().getCurrencyUnit()));
    if (settlements.isPosted(BankPostings.tagOf(id))) {
      return m.rule(MatchRule.NONE).confidence(BigDecimal.ONE).alreadyPosted(true).accepted(false).build();
    }
    boolean in = line.amount().isPositive();
    CurrencyUnit cu = line.amount().getCurrencyUnit();
    String text = line.title() + "\n" + line.information();

    Optional<SplitPaymentTitle> sp = SplitPaymentTitle.parse(line.title());
    if (sp.isPresent()) {
      List<OpenItem> found = fitting(byDocument.get(docKey(sp.get().invoice())), in, cu, paid);
      if (found.size() > 1 && !sp.get().idc().isEmpty()) {
        found = found.stream().filter(i -> partnerKey(i.partner()).equals(partnerKey(sp.get().idc()))).toList();
      }
      if (!found.isEmpty()) {
        return decide(m, MatchRule.SPLIT_PAYMENT, "0.99", found, line, paid, true);
      }
    }

    List<OpenItem> documents = new ArrayList<>();
    Set<String> nips = new LinkedHashSet<>();
    for (String token : tokens(text)) {
      List<OpenItem> found = fitting(byDocument.get(docKey(token)), in, cu, paid);
      if (found.size() > 1) {
        found = narrowToCounterparty(found, line, text);
      }
      if (found.size() > 1) {
        return ambiguous(m, MatchRule.DOCUMENT_IN_TITLE, found);
      }
      if (found.size() == 1 && !documents.contains(found.get(0))) {
        documents.add(found.get(0));
      }
      String digits = token.replace("-", "");
      if (digits.length() == 10 && digits.chars().allMatch(Character::isDigit)) {
        nips.add(digits);
      }
    }
    if (documents.size() == 1) {
      return decide(m, MatchRule.DOCUMENT_IN_TITLE, "0.95", documents, line, paid, true);
    }
    if (documents.size() > 1) {
      return decide(m, MatchRule.DOCUMENTS_IN_TITLE, "0.90", documents, line, paid, true);
    }

    Money amount = line.amount().abs();
    Set<String> byAccount = line.counterpartyAccount().map(a -> partnersByAccount.get(accountKey(a))).orElse(null);
    if (byAccount != null) {
      List<OpenItem> found = sameAmount(byAccount, amount, in, paid);
      if (!found.isEmpty()) {
        return found.size() > 1 ? ambiguous(m, MatchRule.AMOUNT_AND_ACCOUNT, found)
            : decide(m, MatchRule.AMOUNT_AND_ACCOUNT, "0.80", found, line, paid, false);
      }
    }
    if (!nips.isEmpty()) {
      List<OpenItem> found = sameAmount(nips, amount, in, paid);
      if (!found.isEmpty()) {
        return found.size() > 1 ? ambiguous(m, MatchRule.AMOUNT_AND_NIP, found)
            : decide(m, MatchRule.AMOUNT_AND_NIP, "0.75", found, line, paid, false);
      }
    }
    List<OpenItem> found = fitting(byAmount.get(new AmountKey(amount, in)), in, cu, paid).stream()
        .filter(i -> remaining(i, paid).equals(amount)).toList();
    if (found.size() == 1) {
      return decide(m, MatchRule.AMOUNT_ONLY, "0.50", found, line, paid, false);
    }
    if (found.size() > 1) {
      return ambiguous(m, MatchRule.AMOUNT_ONLY, found);
    }
    return m.rule(MatchRule.NONE).confidence(BigDecimal.ZERO).accepted(false).build();
  }

  /** Allocates the line to the items in order (due date first) and decides whether it is accepted. */
  private StatementMatch decide(ImmutableStatementMatch.Builder m, MatchRule rule, String confidence, List<OpenItem> items,
      StatementLine line, Map<OpenItem, Money> paid, boolean partialAllowed) {
    List<OpenItem> ordered = new ArrayList<>(items);
    if (rule == MatchRule.DOCUMENTS_IN_TITLE) {
      ordered.sort(java.util.Comparator.comparing(OpenItem::due));
    }
    BigDecimal c = new BigDecimal(confidence);
    Money left = line.amount().abs();
    List<Allocation> allocations = new ArrayList<>();
    for (OpenItem i : ordered) {
      if (left.isZero()) {
        break;
      }
      Money open = remaining(i, paid);
      Money part = left.compareTo(open) < 0 ? left : open;
      allocations.add(Allocation.of(i, part));
      left = left.minus(part);
    }
    boolean partial = allocations.size() < ordered.size()
        || allocations.stream().anyMatch(a -> a.amount().compareTo(remaining(a.item(), paid)) < 0);
    if (partial) {
      c = c.subtract(new BigDecimal("0.10"));
    }
    if (left.isPositive()) {
      c = c.subtract(new BigDecimal("0.15"));
    }
    boolean accepted = c.compareTo(acceptance) >= 0 && (partialAllowed || !partial);
    if (accepted) {
      allocations.forEach(a -> paid.merge(a.item(), a.amount(), Money::plus));
    }
    return m.rule(rule).confidence(c).allocations(allocations).unapplied(left).accepted(accepted).build();
  }

  private static StatementMatch ambiguous(ImmutableStatementMatch.Builder m, MatchRule rule, List<OpenItem> found) {
    return m.rule(rule).confidence(new BigDecimal("0.30")).candidates(found).accepted(false).build();
  }

  /** Items still open for this line: its direction and currency, not paid in full by earlier lines. */
  private static List<OpenItem> fitting(Collection<OpenItem> items, boolean in, CurrencyUnit cu, Map<OpenItem, Money> paid) {
    if (items == null) {
      return List.of();
    }
    List<OpenItem> out = new ArrayList<>(items.size());
    for (OpenItem i : items) {
      if (i.open().isPositive() == in && i.currency().equals(cu) && remaining(i, paid).isPositive()) {
        out.add(i);
      }
    }
    return out;
  }

  private List<OpenItem> sameAmount(Set<String> partners, Money amount, boolean in, Map<OpenItem, Money> paid) {
    List<OpenItem> out = new ArrayList<>();
    for (String p : partners) {
      for (OpenItem i : fitting(byPartner.get(p), in, amount.getCurrencyUnit(), paid)) {
        if (!i.isUnapplied() && remaining(i, paid).equals(amount)) {
          out.add(i);
        }
      }
    }
    return out;
  }

  private List<OpenItem> narrowToCounterparty(List<OpenItem> found, StatementLine line, String text) {
    Set<String> partners = line.counterpartyAccount().map(a -> partnersByAccount.get(accountKey(a))).orElse(Set.of());
    List<OpenItem> out = new ArrayList<>();
    for (OpenItem i : found) {
      String p = partnerKey(i.partner());
      if (partners != null && partners.contains(p) || p.length() >= 10 && text.replace("-", "").contains(p)) {
        out.add(i);
      }
    }
    return out.isEmpty() ? found : out;
  }

  private static Money remaining(OpenItem i, Map<OpenItem, Money> paid) {
    Money p = paid.get(i);
    Money open = i.open().abs();
    return p == null ? open : open.minus(p);
  }

  /** Words of a title that could be document numbers or NIPs. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean sep = Character.isWhitespace(c) || c == ',' || c == ';' || c == '(' || c == ')' || c == '"' || c == '\'';
      if (sep) {
        if (start >= 0) {
          String t = text.substring(start, i);
          while (!t.isEmpty() && (t.endsWith(".") || t.endsWith(":"))) {
            t = t.substring(0, t.length() - 1);
          }
          if (!t.isEmpty()) {
            out.add(t);
          }
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    return out;
  }

  static String docKey(String doc) {
    StringBuilder sb = new StringBuilder(doc.length());
    for (int i = 0; i < doc.length(); i++) {
      char c = doc.charAt(i);
      if (!Character.isWhitespace(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  static String partnerKey(String partner) {
    String p = partner.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
    return p.startsWith("PL") && p.length() == 12 ? p.substring(2) : p;
  }

  static String accountKey(String account) {
    String a = account.toUpperCase(Locale.ROOT).replace(" ", "");
    return a.startsWith("PL") && a.length() == 28 ? a.substring(2) : a;
  }
}
