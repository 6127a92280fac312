package dev.backoffice.reporting.render;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of a table: its kind (data, a total, a heading that only human formats show), its depth (indentation
 * of the first column) and one cell per column: {@link Text}, String, Money, BigDecimal, Long, LocalDate or null.
 */
record Row(Kind kind, int depth, List<@Nullable Object> cells) {
  enum Kind {
    DETAIL, TOTAL, HEADING
  }

  static Row of(Kind kind, int depth, @Nullable Object... cells) {
    return new Row(kind, depth, Collections.unmodifiableList(Arrays.asList(cells)));
  }
}
