package dev.backoffice.ledger.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class EntryIdTest {
  @Test
  void aNumberedIdIsTheSameAsItsText() {
    EntryId numbered = EntryId.ofNumber(1234);
    EntryId spelled = EntryId.of("E1234");

    assertThat(numbered).isEqualTo(spelled).hasSameHashCodeAs(spelled);
    assertThat(numbered.value()).isEqualTo("E1234");
    assertThat(spelled.number()).isEqualTo(1234);
    assertThat(numbered.compareTo(spelled)).isZero();
  }

  @Test
  void onlyTheCanonicalSpellingIsNumbered() {
    assertThat(EntryId.of("E0012").number()).isEqualTo(-1);
    assertThat(EntryId.of("E0012")).isNotEqualTo(EntryId.ofNumber(12));
    assertThat(EntryId.of("FV/1").number()).isEqualTo(-1);
    assertThat(EntryId.of("E").number()).isEqualTo(-1);
    assertThat(EntryId.of("E99999999999").number()).isEqualTo(-1);
  }

  @Test
  void badIdsAreRejected() {
    assertThatThrownBy(() -> EntryId.of(" ")).isInstanceOf(ValidationException.class).hasMessageContaining("entryId");
    assertThatThrownBy(() -> EntryId.of("a\nb")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> EntryId.ofNumber(0)).isInstanceOf(ValidationException.class);
  }

  @Property
  void numberedAndSpelledIdsAgree(@ForAll @LongRange(min = 1, max = Integer.MAX_VALUE - 2) long n) {
    EntryId numbered = EntryId.ofNumber(n);
    EntryId spelled = EntryId.of("E" + n);
    assertThat(numbered).isEqualTo(spelled);
    assertThat(numbered.hashCode()).isEqualTo(spelled.hashCode()).isEqualTo(("E" + n).hashCode());
    assertThat(spelled.number()).isEqualTo(n);
  }
}
