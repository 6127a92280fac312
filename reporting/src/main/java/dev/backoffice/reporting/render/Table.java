package dev.backoffice.reporting.render;

import java.util.List;

/** The columns and rows of a document; every row has one cell per column. */
record Table(List<Column> columns, List<Row> rows) {
  Table {
    for (Row r : rows) {
      if (r.cells().size() != columns.size()) {
        throw new IllegalStateException("a row has " + r.cells().size() + " cells for " + columns.size() + " columns");
      }
    }
  }
}
