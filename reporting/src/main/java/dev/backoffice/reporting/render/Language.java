package dev.backoffice.reporting.render;

/** The language of labels in rendered reports. */
public enum Language {
  /** Polish labels (the statutory names). */
  POLISH,
  /** English labels. */
  ENGLISH
}
