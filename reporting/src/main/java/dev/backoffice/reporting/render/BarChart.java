package dev.backoffice.reporting.render;

import java.math.BigDecimal;
import java.util.List;

/** Grouped vertical bars: one group per category, one bar per series, with the series' colours. */
record BarChart(Text title, List<String> categories, List<Series> series) {
  record Series(Text name, String colour, List<BigDecimal> values) {}
}
