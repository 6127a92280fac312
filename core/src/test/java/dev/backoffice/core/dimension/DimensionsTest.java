package dev.backoffice.core.dimension;

import static dev.backoffice.core.dimension.Dimension.COST_CENTRE;
import static dev.backoffice.core.dimension.Dimension.DEPARTMENT;
import static dev.backoffice.core.dimension.Dimension.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionsTest {
  private static final Dimensions MPK_ERP = Dimensions.of(COST_CENTRE, "MPK-01", PROJECT, "ERP");

  @Test
  void holdsOneValuePerDimensionSortedByName() {
    Dimensions d = Dimensions.of(PROJECT, "ERP").with(COST_CENTRE, "MPK-01");

    assertThat(d).isEqualTo(MPK_ERP).hasSameHashCodeAs(MPK_ERP);
    assertThat(d.asMap().keySet()).containsExactly(COST_CENTRE, PROJECT);
    assertThat(d.get(PROJECT)).contains("ERP");
    assertThat(d.get(DEPARTMENT)).isEmpty();
    assertThat(d.has(COST_CENTRE)).isTrue();
    assertThat(d.has(DEPARTMENT)).isFalse();
    assertThat(d.isEmpty()).isFalse();
    assertThat(d).hasToString("{costCentre=MPK-01, project=ERP}");
    assertThat(Dimensions.of(Map.of(PROJECT, "ERP", COST_CENTRE, "MPK-01"))).isEqualTo(MPK_ERP);
  }

  @Test
  void withReplacesAndWithoutRemovesLeavingTheOriginalUnchanged() {
    Dimensions replaced = MPK_ERP.with(PROJECT, "CRM");
    Dimensions removed = MPK_ERP.without(PROJECT);

    assertThat(replaced.get(PROJECT)).contains("CRM");
    assertThat(removed).isEqualTo(Dimensions.of(COST_CENTRE, "MPK-01"));
    assertThat(MPK_ERP.get(PROJECT)).contains("ERP");
    assertThat(MPK_ERP.without(DEPARTMENT)).isSameAs(MPK_ERP);
    assertThat(Dimensions.of(PROJECT, "ERP").without(PROJECT)).isSameAs(Dimensions.empty());
  }

  @Test
  void theEmptySetHasNoTags() {
    assertThat(Dimensions.empty().isEmpty()).isTrue();
    assertThat(Dimensions.empty().asMap()).isEmpty();
    assertThat(Dimensions.of(Map.of())).isSameAs(Dimensions.empty());
    assertThat(Dimensions.empty()).hasToString("{}");
  }

  @Test
  void matchesWhenEveryTagOfTheFilterIsPresentWithTheSameValue() {
    assertThat(MPK_ERP.matches(Dimensions.of(PROJECT, "ERP"))).isTrue();
    assertThat(MPK_ERP.matches(MPK_ERP)).isTrue();
    assertThat(MPK_ERP.matches(Dimensions.empty())).isTrue();
    assertThat(MPK_ERP.matches(Dimensions.of(PROJECT, "CRM"))).isFalse();
    assertThat(MPK_ERP.matches(Dimensions.of(DEPARTMENT, "IT"))).isFalse();
    assertThat(Dimensions.empty().matches(Dimensions.of(PROJECT, "ERP"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "two\nlines", "carriage\rreturn"})
  void rejectsBlankOrMultiLineValues(String value) {
    assertThatThrownBy(() -> Dimensions.of(COST_CENTRE, value))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("dimensions.costCentre");
          assertThat(e.value()).hasValue(value);
          assertThat(e.rule()).isEqualTo("must be non-blank text of at most 100 characters on one line");
        });
  }

  @Test
  void valuesMayBeUpToOneHundredCharacters() {
    assertThat(Dimensions.of(PROJECT, "x".repeat(100)).get(PROJECT)).hasValueSatisfying(v -> assertThat(v).hasSize(100));
    assertThatThrownBy(() -> MPK_ERP.with(PROJECT, "x".repeat(101)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("dimensions.project"));
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Dimensions.of(PROJECT, null))
        .isInstanceOf(NullPointerException.class).hasMessage("dimensions.project must not be null");
    assertThatThrownBy(() -> Dimensions.of(null, "ERP"))
        .isInstanceOf(NullPointerException.class).hasMessage("dimension must not be null");
    Map<Dimension, String> withNullValue = new HashMap<>();
    withNullValue.put(PROJECT, null);
    assertThatThrownBy(() -> Dimensions.of(withNullValue))
        .isInstanceOf(NullPointerException.class).hasMessage("dimensions.project must not be null");
  }
}
