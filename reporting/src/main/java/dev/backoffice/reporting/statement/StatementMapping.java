package dev.backoffice.reporting.statement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which accounts go to which statement lines: a list of {@link MappingRule}s. For an account and a measure
 * the rule that applies is the one with the longest matching prefix among those whose side accepts the
 * balance; so {@code 2 any X} is a fallback for {@code 201 debit Y} when 201 has a credit balance.
 *
 * <p>Text form ({@link #parse}): one rule per line, {@code prefix side line [measure]} with side
 * {@code any|debit|credit} and measure {@code balance|opening|movement} (default balance); {@code #} starts a
 * comment. Defaults for {@code PolishChartOfAccounts.template()}: {@link #polishBalanceSheet()},
 * {@link #polishIncomeComparative()}, {@link #polishIncomeCostOfSales()}.
 */
public final class StatementMapping {
  private final ImmutableList<MappingRule> rules;

  private StatementMapping(List<MappingRule> rules) {
    this.rules = ImmutableList.copyOf(rules);
  }

  /**
   * A mapping of the given rules. Whether two rules are ambiguous depends on the layout (rules onto "of which"
   * lines may share a prefix with a main rule), so {@link StatementDefinition#of} checks that.
   *
   * @param rules the rules
   * @return the mapping
   */
  public static StatementMapping of(Iterable<MappingRule> rules) {
    Checks.notNull(rules, "rules");
    List<MappingRule> list = new ArrayList<>();
    for (MappingRule r : rules) {
      list.add(Checks.notNull(r, "rule"));
    }
    return new StatementMapping(list);
  }

  /**
   * Reads a mapping from its text form.
   *
   * @param text the rules, one per line
   * @return the mapping
   * @throws ValidationException naming the line number and the bad field
   */
  public static StatementMapping parse(String text) {
    Checks.notNull(text, "text");
    List<MappingRule> rules = new ArrayList<>();
    String[] rows = text.split("\r?\n", -1);
    for (int n = 0; n < rows.length; n++) {
      String row = rows[n];
      int hash = row.indexOf('#');
      String body = (hash >= 0 ? row.substring(0, hash) : row).strip();
      if (body.isEmpty()) {
        continue;
      }
      String where = "mapping line " + (n + 1);
      String[] f = body.split("\\s+");
      Checks.check(f.length == 3 || f.length == 4, where, "rule", body, "must read 'prefix side line [measure]'");
      BalanceSide side = parseEnum(BalanceSide.class, f[1], where, "side", "any, debit or credit");
      Measure measure = f.length == 4 ? parseEnum(Measure.class, f[3], where, "measure", "balance, opening or movement")
          : Measure.BALANCE;
      rules.add(MappingRule.of(f[0], side, f[2], measure));
    }
    return of(rules);
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String where, String field, String allowed) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text)) {
        return e;
      }
    }
    throw new ValidationException(where, field, text, "must be " + allowed);
  }

  /** The default indirect cash-flow mapping of {@code PolishChartOfAccounts.template()}: account movements. */
  public static StatementMapping polishCashFlowIndirect() {
    return parse(StatementLayout.Resources.text(StatementMapping.class, "cash-flow-indirect.mapping"));
  }

  /** The default direct cash-flow mapping of {@code PolishChartOfAccounts.template()}: counter-accounts of cash lines. */
  public static StatementMapping polishCashFlowDirect() {
    return parse(StatementLayout.Resources.text(StatementMapping.class, "cash-flow-direct.mapping"));
  }

  /** The default balance-sheet mapping of {@code PolishChartOfAccounts.template()} (resource {@code bilans.mapping}). */
  public static StatementMapping polishBalanceSheet() {
    return parse(StatementLayout.Resources.text(StatementMapping.class, "bilans.mapping"));
  }

  /** The default comparative income-statement mapping of the Polish template chart. */
  public static StatementMapping polishIncomeComparative() {
    return parse(StatementLayout.Resources.text(StatementMapping.class, "rzis-porownawczy.mapping"));
  }

  /** The default cost-of-sales income-statement mapping of the Polish template chart. */
  public static StatementMapping polishIncomeCostOfSales() {
    return parse(StatementLayout.Resources.text(StatementMapping.class, "rzis-kalkulacyjny.mapping"));
  }

  /** The rules, in the order given. */
  public ImmutableList<MappingRule> rules() {
    return rules;
  }

  /**
   * This mapping with more rules, after the existing ones.
   *
   * @param more the rules to add
   * @return the new mapping
   */
  public StatementMapping with(MappingRule... more) {
    List<MappingRule> list = new ArrayList<>(rules);
    list.addAll(java.util.Arrays.asList(more));
    return of(list);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StatementMapping && ((StatementMapping) o).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules);
  }

  /** The text form, one rule per line. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    rules.forEach(r -> sb.append(r).append('\n'));
    return sb.toString();
  }
}
