package dev.backoffice.reporting;

import dev.backoffice.core.testing.SharedData;
import dev.backoffice.reporting.jpk.JpkV7Variant;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The Ministry of Finance's JPK_V7M(3) and JPK_V7K(3) schemas, read from {@code shared/data/jpk-v7/xsd/} (the
 * repository keeps no copy) and compiled offline through the OASIS catalog there (strict, no network). Where the
 * shared data is absent the test is skipped.
 */
final class JpkV7Schemas {
  private static final Map<JpkV7Variant, Schema> CACHE = new EnumMap<>(JpkV7Variant.class);

  private JpkV7Schemas() {}

  static synchronized Schema of(JpkV7Variant variant) throws Exception {
    Schema s = CACHE.get(variant);
    if (s == null) {
      Path dir = SharedData.require("data/jpk-v7/xsd/catalog.xml").getParent();
      CatalogResolver resolver = CatalogManager.catalogResolver(
          CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "strict").build(),
          dir.resolve("catalog.xml").toUri());
      SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      sf.setResourceResolver(resolver);
      String file = variant == JpkV7Variant.MONTHLY ? "Schemat_JPK_V7M(3)_v1-0E.xsd" : "Schemat_JPK_V7K(3)_v1-0E.xsd";
      s = sf.newSchema(dir.resolve(file).toFile());
      CACHE.put(variant, s);
    }
    return s;
  }

  /** Validates a document; throws the parser's SAXParseException (with line and column) when it is invalid. */
  static void validate(JpkV7Variant variant, byte[] xml) throws Exception {
    of(variant).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }
}
