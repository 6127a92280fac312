package dev.backoffice.payroll.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.PayrollCalculator;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TaxRuleCasesTest {
  /** Our own tax-rule table (cases derived by hand in its comments), run with one line. */
  @TestFactory
  Stream<DynamicTest> ourTaxRules() {
    return TaxRuleCases.fromResource(TaxRuleCasesTest.class, "/payroll/tax-rules.csv").dynamicTests();
  }

  @Test
  void aWrongExpectationFailsWithEveryDifferenceListed() {
    TaxRuleCases cases = TaxRuleCases.parse(new StringReader(
        "case,year,month,contract,gross,options,net,taxAdvance\nwrong,2025,1,employment,4666.00,pit2,3510.93,154\n"), "t.csv");
    assertThatThrownBy(() -> cases.cases().get(0).verify(PayrollCalculator.standard()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("net: expected 3510.93 but was 3510.92")
        .hasMessageContaining("taxAdvance: expected 154.00 but was 153.00");
  }

  @Test
  void anExpectedErrorThatDoesNotHappenFails() {
    TaxRuleCases cases = TaxRuleCases.parse(new StringReader("case,year,month,contract,gross,error\nok,2025,1,employment,100.00,month\n"), "t.csv");
    assertThatThrownBy(() -> cases.cases().get(0).verify(PayrollCalculator.standard())).isInstanceOf(AssertionError.class);
  }

  @Test
  void quotedFieldsAndLineCodes() {
    TaxRuleCases cases = TaxRuleCases.parse(new StringReader(
        "case,year,month,contract,gross,options,line:TAX_UPPER\n\"june, crossing\",2025,6,employment,25000.00,\"pit2 same-pay-before\",2540.16\n"), "q.csv");
    assertThat(cases.cases().get(0).name()).isEqualTo("june, crossing");
    assertThat(cases.cases().get(0).expected()).containsEntry("line:TAX_UPPER", Monies.of("PLN", "2540.16"));
    cases.cases().get(0).verify(PayrollCalculator.standard());
  }

  @Test
  void malformedTablesNameTheLineAndColumn() {
    assertThatThrownBy(() -> TaxRuleCases.parse(new StringReader("case,year,month,contract\n"), "h.csv"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("'gross'"));
    assertThatThrownBy(() -> TaxRuleCases.parse(new StringReader("case,year,month,contract,gross,options\nx,2025,1,employment,1.00,bogus\n"), "o.csv"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.subject()).contains("o.csv line 2");
          assertThat(e.value()).contains("bogus");
        });
    assertThatThrownBy(() -> TaxRuleCases.parse(new StringReader("case,year,month,contract,gross,nett\nx,2025,1,employment,1.00,1.00\n"), "c.csv"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.value()).contains("nett"));
    assertThatThrownBy(() -> TaxRuleCases.parse(new StringReader("case,year,month,contract,gross\nx,2025,1,employment,abc\n"), "g.csv"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("gross"));
  }
}
