package dev.backoffice.reporting;

import dev.backoffice.core.testing.OfflineSchemas;
import dev.backoffice.core.testing.SharedData;
import dev.backoffice.reporting.jpk.JpkV7Variant;

/**
 * The Ministry of Finance's JPK_V7M(3) and JPK_V7K(3) schemas, read from {@code shared/data/jpk-v7/xsd/} (the
 * repository keeps no copy) and compiled offline through the catalog there. Where the shared data is absent the test
 * is skipped.
 */
final class JpkV7Schemas {
  private JpkV7Schemas() {}

  /** Validates a document; throws the parser's SAXParseException (with line and column) when it is invalid. */
  static void validate(JpkV7Variant variant, byte[] xml) throws Exception {
    String file = variant == JpkV7Variant.MONTHLY ? "Schemat_JPK_V7M(3)_v1-0E.xsd" : "Schemat_JPK_V7K(3)_v1-0E.xsd";
    OfflineSchemas.validate(SharedData.require("jpk-v7/xsd/" + file), xml);
  }
}
