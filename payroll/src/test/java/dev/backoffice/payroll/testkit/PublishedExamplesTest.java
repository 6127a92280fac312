package dev.backoffice.payroll.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.SharedData;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of {@code shared/data/payroll/published-examples.csv} (figures published by Polish payroll
 * sources) reproduced to the grosz, through the tax-rule test kit.
 */
class PublishedExamplesTest {
  @TestFactory
  Stream<DynamicTest> publishedExamplesReproducedToTheGrosz() {
    return TaxRuleCases.fromFile(SharedData.require("payroll/published-examples.csv")).dynamicTests();
  }

  @Test
  void theTableIsNotEmptyAndEveryRowChecksNet() {
    TaxRuleCases cases = TaxRuleCases.fromFile(SharedData.require("payroll/published-examples.csv"));
    assertThat(cases.cases()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(cases.cases()).allSatisfy(c -> assertThat(c.expected()).containsKey("net"));
  }
}
