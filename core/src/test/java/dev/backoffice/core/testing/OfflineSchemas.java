package dev.backoffice.core.testing;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * Official XML schemas compiled offline: every import is resolved through an OASIS catalog beside the schema (strict
 * resolution; the factory may read only {@code file:} URLs, so nothing comes from the network). Compiled schemas are
 * cached per file.
 */
public final class OfflineSchemas {
  private static final Map<Path, Schema> CACHE = new HashMap<>();

  private OfflineSchemas() {}

  /**
   * The schema of a file, its imports resolved through {@code catalog.xml} in the same folder.
   *
   * @param xsd the schema file
   * @return the compiled schema
   * @throws Exception when the schema or an import cannot be read or compiled
   */
  public static synchronized Schema of(Path xsd) throws Exception {
    Schema s = CACHE.get(xsd);
    if (s == null) {
      CatalogResolver resolver = CatalogManager.catalogResolver(
          CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "strict").build(),
          xsd.resolveSibling("catalog.xml").toUri());
      SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      sf.setResourceResolver(resolver);
      s = sf.newSchema(xsd.toFile());
      CACHE.put(xsd, s);
    }
    return s;
  }

  /**
   * Validates a document; throws the parser's {@code SAXParseException} (with line and column) when it is invalid.
   *
   * @param xsd the schema file
   * @param xml the document
   * @throws Exception when the document is invalid or the schema cannot be compiled
   */
  public static void validate(Path xsd, byte[] xml) throws Exception {
    of(xsd).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }
}
