package dev.backoffice.reporting;

import dev.backoffice.core.testing.SharedData;
import dev.backoffice.reporting.jpk.JpkSchema;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
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
import org.xml.sax.SAXException;

/**
 * The official JPK_KR(1) and JPK_KR_PD(1) schemas from the project's reference data ({@code shared/data/jpk/}, kept
 * outside the repository), compiled offline
 * through the OASIS catalog there (strict resolution, no network).
 */
final class JpkSchemas {
  private static final Map<JpkSchema, Schema> CACHE = new EnumMap<>(JpkSchema.class);

  private JpkSchemas() {}

  static synchronized Schema of(JpkSchema schema) throws SAXException, URISyntaxException {
    Schema s = CACHE.get(schema);
    if (s == null) {
      Path dir = SharedData.require("jpk");
      CatalogResolver resolver = CatalogManager.catalogResolver(
          CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "strict").build(),
          dir.resolve("catalog.xml").toUri());
      SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      sf.setResourceResolver(resolver);
      String file = schema == JpkSchema.KR ? "Schemat_JPK_KR(1)_v1-0.xsd" : "JPK_KR_PD(1) .xsd";
      s = sf.newSchema(dir.resolve(file).toFile());
      CACHE.put(schema, s);
    }
    return s;
  }

  /** Validates a document; throws the parser's SAXParseException (with line and column) when it is invalid. */
  static void validate(JpkSchema schema, byte[] xml) throws Exception {
    of(schema).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }
}
