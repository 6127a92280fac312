package dev.backoffice.reporting.statement;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A statement layout together with the mapping of accounts onto its lines, checked against each other:
 * every rule names a leaf or "of which" line of the layout, no two rules of one prefix and measure take
 * the same side onto the same kind of line, and an income statement maps balances only ({@link
 * Measure#BALANCE}: the turnover of the period).
 *
 * <p>For an account and a figure the rule that applies is the one with the longest matching prefix among
 * those whose side accepts the figure's sign; rules onto "of which" lines are looked up separately and add
 * to those lines only.
 */
public final class StatementDefinition {
  private final StatementLayout layout;
  private final StatementMapping mapping;

  private StatementDefinition(StatementLayout layout, StatementMapping mapping) {
    this.layout = layout;
    this.mapping = mapping;
  }

  /**
   * A definition.
   *
   * @param layout the layout
   * @param mapping the mapping of accounts onto its lines
   * @return the definition
   * @throws ValidationException if a rule names a line the layout lacks or that is not a leaf or "of which"
   *     line, two rules are ambiguous, or an income statement rule uses another measure than balance
   */
  public static StatementDefinition of(StatementLayout layout, StatementMapping mapping) {
    Checks.notNull(layout, "layout");
    Checks.notNull(mapping, "mapping");
    List<MappingRule> rules = mapping.rules();
    for (int i = 0; i < rules.size(); i++) {
      MappingRule r = rules.get(i);
      String subject = "mapping rule '" + r + "'";
      Checks.check(layout.contains(r.line()), subject, "line", r.line(), "must be a line of the " + layout.kind() + " layout");
      LineKind k = layout.line(r.line()).kind();
      Checks.check(k == LineKind.LEAF || k == LineKind.OF_WHICH, subject, "line", r.line(),
          "must be a leaf or 'of which' line, not a " + k + " line");
      Checks.check(!layout.kind().isIncomeStatement() || r.measure() == Measure.BALANCE, subject, "measure",
          r.measure(), "must be balance in an income statement (the turnover of the period)");
      for (int j = 0; j < i; j++) {
        MappingRule o = rules.get(j);
        boolean overlap = o.side() == BalanceSide.ANY || r.side() == BalanceSide.ANY || o.side() == r.side();
        if (o.prefix().equals(r.prefix()) && o.measure() == r.measure() && overlap
            && (layout.line(o.line()).kind() == LineKind.OF_WHICH) == (k == LineKind.OF_WHICH)) {
          throw new ValidationException(subject, "rule", r, "must not overlap rule '" + o + "'");
        }
      }
    }
    return new StatementDefinition(layout, mapping);
  }

  /** The annex-1 balance sheet with the default mapping of the Polish template chart. */
  public static StatementDefinition polishBalanceSheet() {
    return of(StatementLayout.polishBalanceSheet(), StatementMapping.polishBalanceSheet());
  }

  /** The annex-1 comparative income statement with the default mapping of the Polish template chart. */
  public static StatementDefinition polishIncomeComparative() {
    return of(StatementLayout.polishIncomeComparative(), StatementMapping.polishIncomeComparative());
  }

  /** The annex-1 cost-of-sales income statement with the default mapping of the Polish template chart. */
  public static StatementDefinition polishIncomeCostOfSales() {
    return of(StatementLayout.polishIncomeCostOfSales(), StatementMapping.polishIncomeCostOfSales());
  }

  /**
   * The annex-1 cash-flow statement, indirect method, with the default mapping of the Polish template chart: each
   * account's movement over the period on a line; the cash accounts (10, 13) give the change E and opening F.
   */
  public static StatementDefinition polishCashFlowIndirect() {
    return of(StatementLayout.polishCashFlowIndirect(), StatementMapping.polishCashFlowIndirect());
  }

  /**
   * The annex-1 cash-flow statement, direct method, with the default mapping of the Polish template chart: the lines
   * of the entries that move cash, by counter-account.
   */
  public static StatementDefinition polishCashFlowDirect() {
    return of(StatementLayout.polishCashFlowDirect(), StatementMapping.polishCashFlowDirect());
  }

  /** The layout. */
  public StatementLayout layout() {
    return layout;
  }

  /** The mapping. */
  public StatementMapping mapping() {
    return mapping;
  }

  /** The statement defined. */
  public StatementKind kind() {
    return layout.kind();
  }

  /**
   * The rule that places an account's figure on a main (not "of which") line.
   *
   * @param account the account code
   * @param measure the figure
   * @param amount the figure, debit minus credit; zero has no rule
   * @return the rule, or empty when none applies
   */
  public Optional<MappingRule> rule(String account, Measure measure, Money amount) {
    return find(account, measure, amount, false);
  }

  /**
   * The rule that adds an account's figure to an "of which" line, if any.
   *
   * @param account the account code
   * @param measure the figure
   * @param amount the figure, debit minus credit
   * @return the rule, or empty
   */
  public Optional<MappingRule> ofWhichRule(String account, Measure measure, Money amount) {
    return find(account, measure, amount, true);
  }

  /**
   * True when some main rule of the measure matches the account, whatever the side.
   *
   * @param account the account code
   * @param measure the figure
   * @return whether the account is mapped for that figure
   */
  public boolean covers(String account, Measure measure) {
    return mapping.rules().stream().anyMatch(r -> r.measure() == measure && r.matches(account)
        && layout.line(r.line()).kind() != LineKind.OF_WHICH);
  }

  private Optional<MappingRule> find(String account, Measure measure, Money amount, boolean ofWhich) {
    Checks.notNull(account, "account");
    int signum = amount.getAmount().signum();
    if (signum == 0) {
      return Optional.empty();
    }
    MappingRule best = null;
    for (MappingRule r : mapping.rules()) {
      if (r.measure() == measure && r.matches(account) && r.side().accepts(signum)
          && (layout.line(r.line()).kind() == LineKind.OF_WHICH) == ofWhich
          && (best == null || r.prefix().length() > best.prefix().length())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StatementDefinition && ((StatementDefinition) o).layout.kind() == layout.kind()
        && ((StatementDefinition) o).layout.lines().equals(layout.lines()) && ((StatementDefinition) o).mapping.equals(mapping);
  }

  @Override
  public int hashCode() {
    return Objects.hash(layout.kind(), mapping);
  }

  @Override
  public String toString() {
    return "StatementDefinition[" + layout.kind() + ", " + mapping.rules().size() + " rules]";
  }
}
