package dev.backoffice.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

  @Test
  void keysArePrintableAsciiWithoutSpaces() {
    IdempotencyKey key = IdempotencyKey.of("FV/1/2025");

    assertThat(key.value()).isEqualTo("FV/1/2025");
    assertThat(key).hasToString("FV/1/2025");
    assertThat(key).isEqualTo(IdempotencyKey.of("FV/1/2025")).hasSameHashCodeAs(IdempotencyKey.of("FV/1/2025"));
    assertThat(key).isNotEqualTo(IdempotencyKey.of("fv/1/2025"));
    assertThat(IdempotencyKey.of("!~")).isLessThan(IdempotencyKey.of("A"));
    assertThat(IdempotencyKey.of("k".repeat(128)).value()).hasSize(128);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "pay 17", "tab\tkey", "zażółć", "new\nline"})
  void rejectsEmptyOrNonPrintableKeys(String value) {
    assertThatThrownBy(() -> IdempotencyKey.of(value))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("idempotencyKey");
          assertThat(e.value()).hasValue(value);
          assertThat(e.rule()).isEqualTo("must be 1 to 128 printable ASCII characters without spaces");
        });
  }

  @Test
  void rejectsOverlongKeysAndNull() {
    assertThatThrownBy(() -> IdempotencyKey.of("k".repeat(129))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> IdempotencyKey.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("idempotencyKey must not be null");
  }
}
