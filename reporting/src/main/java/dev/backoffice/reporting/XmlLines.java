package dev.backoffice.reporting;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The layout both JPK writers write with StAX: one element per line, indented two spaces per level, elements in the
 * schema's namespace unless named otherwise.
 */
final class XmlLines {
  private final XMLStreamWriter w;
  private final String namespace;
  private int depth;

  XmlLines(XMLStreamWriter w, String namespace, int depth) {
    this.w = w;
    this.namespace = namespace;
    this.depth = depth;
  }

  /** A line break and the indentation of the current level. */
  void newline() throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Opens an element on its own line; its children go one level deeper. */
  void start(String name) throws XMLStreamException {
    newline();
    w.writeStartElement(namespace, name);
    depth++;
  }

  /** Closes the element opened last, on its own line. */
  void end() throws XMLStreamException {
    depth--;
    newline();
    w.writeEndElement();
  }

  /** An element with text, on its own line. */
  void el(String name, String text) throws XMLStreamException {
    el(namespace, name, text);
  }

  /** An element of another namespace with text, on its own line. */
  void el(String elementNamespace, String name, String text) throws XMLStreamException {
    newline();
    w.writeStartElement(elementNamespace, name);
    w.writeCharacters(text);
    w.writeEndElement();
  }
}
