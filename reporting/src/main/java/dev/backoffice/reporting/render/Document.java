package dev.backoffice.reporting.render;

import dev.backoffice.reporting.common.Check;
import java.util.List;
import java.util.Optional;

/** A report laid out for rendering: its kind, a title, subtitle lines, one table, an optional chart and the checks. */
record Document(String kind, Text title, List<Text> subtitle, Table table, Optional<BarChart> chart, List<Check> checks) {}
