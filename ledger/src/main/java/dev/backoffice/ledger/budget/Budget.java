package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A budget (budżet, plan kosztów) of one fiscal year: lines of amounts per account selection, dimension
 * combination and period, with the rules that control postings against them.
 *
 * <p>A budget is identified by its {@link #id()}. Its {@link #name()} and {@link #scenario()} group versions
 * of the same plan (e.g. "OPEX 2025" in scenarios BASE and OPTIMISTIC); of one name and fiscal year, only
 * one scenario may be approved at a time. Only an approved budget ({@link BudgetVersion#controls()})
 * controls postings; a draft is tracked for reporting only.
 *
 * <p>{@link #rules()} apply to every line that has no rules of its own; with no rules at all a line is
 * tracked and reported but never checked.
 *
 * <pre>{@code
 * FiscalYear fy = FiscalYear.calendar(2025);
 * Budget opex = Budget.builder().id("OPEX-2025").name("OPEX").fiscalYear(fy)
 *     .addRules(ControlRule.stop(ControlScope.ANNUAL))
 *     .addLines(BudgetLine.of("402", AccountSelector.account("402"), Dimensions.empty(),
 *         Monies.of("PLN", "120000.00"), Phasing.equal(), fy))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Budget {
  /** The budget's identifier, unique in a {@link BudgetControl}, e.g. {@code "OPEX-2025"}. */
  public abstract String id();

  /** The plan's name, shared by its scenarios, e.g. {@code "OPEX"}. */
  public abstract String name();

  /** The fiscal year the budget covers; its lines have one amount per period of this year. */
  public abstract FiscalYear fiscalYear();

  /** The life-cycle state; {@link BudgetVersion#DRAFT} by default. */
  @Value.Default
  public BudgetVersion version() {
    return BudgetVersion.DRAFT;
  }

  /** The planning scenario, {@code "BASE"} by default. */
  @Value.Default
  public String scenario() {
    return "BASE";
  }

  /** The currency of every amount: the ledger's base currency (PLN by default). */
  @Value.Default
  public CurrencyUnit currency() {
    return Monies.PLN;
  }

  /** The lines, at least one, with unique ids. */
  public abstract ImmutableList<BudgetLine> lines();

  /** The control rules of lines without their own; empty means the budget is not checked. */
  public abstract ImmutableList<ControlRule> rules();

  /** What happens to unused budget at year end, for lines without their own rule; none by default. */
  @Value.Default
  public CarryForwardRule carryForward() {
    return CarryForwardRule.none();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableBudget.Builder builder() {
    return ImmutableBudget.builder();
  }

  /**
   * A line by id.
   *
   * @param lineId the line's id
   * @return the line, or empty
   */
  public Optional<BudgetLine> line(String lineId) {
    return lines().stream().filter(l -> l.id().equals(lineId)).findFirst();
  }

  /**
   * The rules that control a line: its own, else the budget's.
   *
   * @param line a line of this budget
   * @return the rules
   */
  public ImmutableList<ControlRule> rulesOf(BudgetLine line) {
    return line.rules().isEmpty() ? rules() : line.rules();
  }

  /**
   * The carry-forward rule of a line: its own, else the budget's.
   *
   * @param line a line of this budget
   * @return the rule
   */
  public CarryForwardRule carryForwardOf(BudgetLine line) {
    return line.carryForward().orElse(carryForward());
  }

  /** The sum of all lines' annual amounts. */
  public Money total() {
    Money sum = Money.zero(currency());
    for (BudgetLine l : lines()) {
      sum = sum.plus(l.annual());
    }
    return sum;
  }

  /**
   * The position of a period in the fiscal year (0 for the first).
   *
   * @param period a period of the fiscal year
   * @return its index into {@link BudgetLine#amounts()}
   * @throws dev.backoffice.core.error.ValidationException if it is not a period of the year
   */
  public int periodIndex(AccountingPeriod period) {
    Checks.notNull(period, "period");
    int i = fiscalYear().periods().indexOf(period);
    Checks.check(i >= 0, "budget " + id(), "period", period, "must be a period of fiscal year " + fiscalYear().id()
        + " " + fiscalYear().periods());
    return i;
  }

  /**
   * This budget with another version.
   *
   * @param newVersion the version
   * @return a copy
   */
  public Budget withVersion(BudgetVersion newVersion) {
    return ImmutableBudget.copyOf(this).withVersion(newVersion);
  }

  /**
   * This budget with its lines replaced.
   *
   * @param newLines the lines
   * @return a copy
   */
  public Budget withLines(Iterable<? extends BudgetLine> newLines) {
    return ImmutableBudget.copyOf(this).withLines(newLines);
  }

  @Value.Check
  void check() {
    String subject = "budget " + id();
    Checks.check(!id().isBlank() && id().length() <= 100 && id().strip().equals(id()), subject, "id", id(),
        "must be 1 to 100 characters without surrounding spaces");
    Checks.check(!name().isBlank() && name().length() <= 256, subject, "name", name(), "must be 1 to 256 characters");
    Checks.check(!scenario().isBlank() && scenario().length() <= 100, subject, "scenario", scenario(),
        "must be 1 to 100 characters");
    Checks.check(!lines().isEmpty(), subject, "lines", "[]", "must have at least one line");
    int periods = fiscalYear().periods().size();
    Set<String> ids = new HashSet<>();
    for (BudgetLine l : lines()) {
      Checks.check(ids.add(l.id()), subject, "lines", l.id(), "line ids must be unique");
      Checks.check(l.amounts().size() == periods, subject, "line " + l.id() + " amounts", l.amounts().size(),
          "must give one amount for each of the " + periods + " periods of fiscal year " + fiscalYear().id());
      Checks.check(l.currency().equals(currency()), subject, "line " + l.id() + " currency", l.currency(),
          "must be the budget's currency " + currency());
      for (ControlRule r : l.rules()) {
        checkRule(subject + " line " + l.id(), r);
      }
      l.carryForward().ifPresent(c -> checkCarry(subject + " line " + l.id(), c));
    }
    for (ControlRule r : rules()) {
      checkRule(subject, r);
    }
    checkCarry(subject, carryForward());
  }

  private void checkRule(String subject, ControlRule r) {
    r.toleranceAmount().ifPresent(a -> Checks.check(a.getCurrencyUnit().equals(currency()), subject,
        "rule toleranceAmount", a, "must be in the budget's currency " + currency()));
  }

  private void checkCarry(String subject, CarryForwardRule c) {
    c.capAmount().ifPresent(a -> Checks.check(a.getCurrencyUnit().equals(currency()), subject,
        "carryForward capAmount", a, "must be in the budget's currency " + currency()));
  }

  /** {@code "budget OPEX-2025 (OPEX 2025 BASE, APPROVED)"}. */
  @Override
  public String toString() {
    return "budget " + id() + " (" + name() + " " + fiscalYear().id() + " " + scenario() + ", " + version() + ")";
  }
}
