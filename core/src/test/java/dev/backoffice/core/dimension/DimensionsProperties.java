package dev.backoffice.core.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.CoreArbitraries;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Tags behave as an immutable map: with/without are inverse, every subset of tags is a matching filter. */
class DimensionsProperties {

  @Provide
  Arbitrary<Dimensions> dimensions() {
    return CoreArbitraries.dimensions();
  }

  @Provide
  Arbitrary<Dimension> keys() {
    return CoreArbitraries.dimensionKeys();
  }

  @Provide
  Arbitrary<String> values() {
    return CoreArbitraries.dimensionValues();
  }

  @Property
  void withThenWithoutForgetsTheTag(
      @ForAll("dimensions") Dimensions tags, @ForAll("keys") Dimension key, @ForAll("values") String value) {
    Dimensions added = tags.with(key, value);

    assertThat(added.get(key)).contains(value);
    assertThat(added.without(key)).isEqualTo(tags.without(key));
    assertThat(added.asMap().size()).isEqualTo(tags.asMap().size() + (tags.has(key) ? 0 : 1));
  }

  @Property
  void tagsMatchEverySubsetOfThemselves(@ForAll("dimensions") Dimensions tags, @ForAll("keys") Dimension dropped) {
    assertThat(tags.matches(tags)).isTrue();
    assertThat(tags.matches(tags.without(dropped))).isTrue();
    assertThat(tags.matches(Dimensions.empty())).isTrue();
  }

  @Property
  void aDifferentValueNeverMatches(@ForAll("dimensions") Dimensions tags, @ForAll("keys") Dimension key) {
    Dimensions filter = Dimensions.of(key, tags.get(key).map(v -> v + "-other").orElse("X"));

    assertThat(tags.matches(filter)).isFalse();
  }

  @Property
  void copyingTheMapGivesEqualTags(@ForAll("dimensions") Dimensions tags) {
    Map<Dimension, String> map = Map.copyOf(tags.asMap());

    assertThat(Dimensions.of(map)).isEqualTo(tags).hasSameHashCodeAs(tags);
  }
}
