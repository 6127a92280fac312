package dev.backoffice.core.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionTest {

  @Test
  void predefinedDimensionsAreFoundByName() {
    assertThat(Dimension.of("costCentre")).isEqualTo(Dimension.COST_CENTRE).hasSameHashCodeAs(Dimension.COST_CENTRE);
    assertThat(Dimension.PROJECT.name()).isEqualTo("project");
    assertThat(Dimension.DEPARTMENT).hasToString("department");
    assertThat(Dimension.EMPLOYEE.name()).isEqualTo("employee");
    assertThat(Dimension.CONTRACTOR.name()).isEqualTo("contractor");
  }

  @Test
  void customNamesFollowTheIdentifierRule() {
    assertThat(Dimension.of("vehicle_no-2").name()).isEqualTo("vehicle_no-2");
    assertThat(Dimension.of("a" + "b".repeat(39)).name()).hasSize(40);
  }

  @Test
  void dimensionsAreOrderedByName() {
    assertThat(Dimension.COST_CENTRE).isLessThan(Dimension.PROJECT);
    assertThat(Dimension.of("a").compareTo(Dimension.of("a"))).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "CostCentre", "1st", "cost centre", "mpk.01", "ośrodek",
      "abcdefghijabcdefghijabcdefghijabcdefghijk"})
  void rejectsNamesThatAreNotShortIdentifiers(String name) {
    assertThatThrownBy(() -> Dimension.of(name))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("dimension");
          assertThat(e.value()).hasValue(name);
          assertThat(e.rule()).isEqualTo("must be an identifier [a-z][A-Za-z0-9_-]* of at most 40 characters");
        })
        .hasMessage("dimension = '" + name + "' is invalid: must be an identifier [a-z][A-Za-z0-9_-]* of at most 40 characters");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> Dimension.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("dimension must not be null");
  }
}
