package dev.backoffice.reporting.render;

import org.jspecify.annotations.Nullable;

/**
 * A label in both languages, and the value machine formats (CSV, JSON) write — or, when that is null, the
 * label in the rendering language.
 */
record Text(String polish, String english, @Nullable String machine) {
  static Text of(String polish, String english) {
    return new Text(polish, english, null);
  }

  static Text same(String value) {
    return new Text(value, value, value);
  }

  String in(Language language) {
    return language == Language.POLISH ? polish : english;
  }

  String forMachine(Language language) {
    return machine != null ? machine : in(language);
  }
}
