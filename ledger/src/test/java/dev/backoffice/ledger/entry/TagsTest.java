package dev.backoffice.ledger.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableListMultimap;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TagsTest {
  @Test
  void keysKeepSeveralValuesInOrder() {
    Tags t = Tags.of("partner", "5261040828").with("gtu", "GTU_01").with("doc", "FV/1/2025").with("gtu", "GTU_12");
    assertThat(t.all("gtu")).containsExactly("GTU_01", "GTU_12");
    assertThat(t.first("gtu")).contains("GTU_01");
    assertThat(t.first("ksef")).isEmpty();
    assertThat(t.keys()).containsExactly("partner", "gtu", "doc");
    assertThat(t.toString()).isEqualTo("partner: 5261040828, gtu: GTU_01, gtu: GTU_12, doc: FV/1/2025");
    assertThat(t.withOnly("gtu", "GTU_05").all("gtu")).containsExactly("GTU_05");
    assertThat(t.without("gtu").has("gtu")).isFalse();
    assertThat(t.without("nothing")).isSameAs(t);
    assertThat(Tags.of("a", "1").plus(Tags.of("a", "2")).all("a")).containsExactly("1", "2");
    assertThat(Tags.of("paid", "").first("paid")).contains("");
  }

  @Test
  void badKeysAndValuesAreRefusedNamingTheTag() {
    assertThatThrownBy(() -> Tags.of("two words", "x")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("two words").hasMessageContaining("letters, digits");
    assertThatThrownBy(() -> Tags.of("", "x")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Tags.of("partner-name", "ACME, sp. z o.o.")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("partner-name").hasMessageContaining("without a comma");
    assertThatThrownBy(() -> Tags.of("doc", "FV/1\nFV/2")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Tags.of("doc", " FV/1")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Tags.of(ImmutableListMultimap.of("doc", "a,b"))).isInstanceOf(ValidationException.class);
  }

  @Test
  void tagsAreContentOfEntriesAndLines() {
    JournalEntry plain = JournalEntry.builder().date(LocalDate.of(2025, 1, 2))
        .addLines(JournalLine.debit("201", Monies.of("PLN", "10.00")), JournalLine.credit("700", Monies.of("PLN", "10.00")))
        .build();
    assertThat(plain.tags().isEmpty()).isTrue();
    assertThat(plain.lines().get(0).tags().isEmpty()).isTrue();
    JournalEntry tagged = ImmutableJournalEntry.copyOf(plain).withTags(Tags.of("partner", "PL5261040828"));
    assertThat(tagged).isNotEqualTo(plain);
    JournalLine line = ImmutableJournalLine.copyOf(plain.lines().get(0)).withTags(Tags.of("doc", "FV/1"));
    assertThat(line.negated().tags()).isEqualTo(line.tags());
    assertThat(line.withOppositeSide().tags()).isEqualTo(line.tags());
  }

  @Property
  void equalTagsAreBuiltEqualWhateverTheRoute(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String key,
      @ForAll @NumericChars @StringLength(max = 30) String v1, @ForAll @NumericChars @StringLength(max = 30) String v2) {
    Tags stepwise = Tags.of(key, v1).with(key, v2);
    Tags bulk = Tags.of(ImmutableListMultimap.of(key, v1, key, v2));
    assertThat(stepwise).isEqualTo(bulk).hasSameHashCodeAs(bulk);
    assertThat(stepwise.all(key)).containsExactly(v1, v2);
    assertThat(Tags.of(stepwise.asMultimap())).isEqualTo(stepwise);
  }
}
