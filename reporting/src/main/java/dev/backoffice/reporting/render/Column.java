package dev.backoffice.reporting.render;

/**
 * A column of a table: its machine key (CSV header, JSON field), its label, the kind of values, and in
 * which formats it appears.
 */
record Column(String key, Text label, Kind kind, boolean csv, boolean json, boolean human) {
  /** The kind of values a column holds. */
  enum Kind {
    TEXT, AMOUNT, PERCENT, INTEGER, DATE;

    boolean numeric() {
      return this == AMOUNT || this == PERCENT || this == INTEGER;
    }
  }

  static Column of(String key, String polish, String english, Kind kind) {
    return new Column(key, Text.of(polish, english), kind, true, true, true);
  }

  static Column of(String key, Text label, Kind kind) {
    return new Column(key, label, kind, true, true, true);
  }

  /** Left out of CSV (kept in JSON, text and HTML). */
  Column notInCsv() {
    return new Column(key, label, kind, false, json, human);
  }

  /** Written to CSV and JSON only. */
  Column machineOnly() {
    return new Column(key, label, kind, csv, json, false);
  }
}
