package dev.backoffice.payroll.calc;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;

/**
 * Something the calculator noticed but did not refuse (see {@link MinimumPayCheck}): the field, its value,
 * the rule it breaks and the legal source of the rule.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PayrollWarning {
  /** The field concerned, e.g. {@code "monthlyRate"}. */
  public abstract String field();

  /** Its value as text, e.g. {@code "3000.00"}. */
  public abstract String value();

  /** The rule it breaks, e.g. {@code "below the minimum wage 4666.00 for working time 1"}. */
  public abstract String rule();

  /** The legal source of the rule. */
  public abstract String source();

  /**
   * A warning.
   *
   * @param field the field
   * @param value its value as text
   * @param rule the rule broken
   * @param source the rule's legal source
   * @return the warning
   */
  public static PayrollWarning of(String field, String value, String rule, String source) {
    return ImmutablePayrollWarning.builder().field(field).value(value).rule(rule).source(source).build();
  }

  /** {@code "monthlyRate = 3000.00: below the minimum wage … (source)"}. */
  @Override
  public String toString() {
    return field() + " = " + value() + ": " + rule() + " (" + source() + ")";
  }
}
