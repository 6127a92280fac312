package dev.backoffice.reporting.render;

/** The output formats of {@link ReportRenderer}. */
public enum Format {
  /** Aligned plain-text tables with localized labels and numbers. */
  TEXT,
  /** CSV (RFC 4180 quoting by Apache Commons CSV) with machine column keys and plain decimals. */
  CSV,
  /** JSON (Jackson) with machine column keys, amounts as strings of plain decimals. */
  JSON,
  /** A self-contained, print-friendly HTML page, with an SVG chart where the report has one. */
  HTML
}
