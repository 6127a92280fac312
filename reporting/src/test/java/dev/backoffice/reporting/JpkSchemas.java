package dev.backoffice.reporting;

import dev.backoffice.core.testing.OfflineSchemas;
import dev.backoffice.core.testing.SharedData;
import dev.backoffice.reporting.jpk.JpkSchema;

/**
 * The official JPK_KR(1) and JPK_KR_PD(1) schemas, read from {@code shared/data/jpk/} (the repository keeps no copy)
 * and compiled offline through the OASIS catalog there (strict resolution, no network). Where the shared data is
 * absent the test is skipped.
 */
final class JpkSchemas {
  private JpkSchemas() {}

  /** Validates a document; throws the parser's SAXParseException (with line and column) when it is invalid. */
  static void validate(JpkSchema schema, byte[] xml) throws Exception {
    String file = schema == JpkSchema.KR ? "Schemat_JPK_KR(1)_v1-0.xsd" : "JPK_KR_PD(1) .xsd";
    OfflineSchemas.validate(SharedData.require("jpk/" + file), xml);
  }
}
