package dev.backoffice.payroll.declaration;

import dev.backoffice.core.error.ValidationException;
import java.util.Locale;

/** How {@link DeclarationRenderer} writes declarations. */
public enum DeclarationFormat {
  /** Aligned text for people, with the form's positions and Polish names. */
  TEXT,
  /** CSV (RFC 4180) with a header row; amounts as plain decimals. */
  CSV,
  /** JSON; amounts as strings with two decimals, as the command line prints payslips. */
  JSON;

  /**
   * The format from its name, case-insensitive.
   *
   * @param text {@code text}, {@code csv} or {@code json}
   * @return the format
   * @throws ValidationException naming the text when it is none of them
   */
  public static DeclarationFormat parse(String text) {
    for (DeclarationFormat f : values()) {
      if (f.name().equalsIgnoreCase(text.strip())) {
        return f;
      }
    }
    throw new ValidationException("format", text, "must be text, csv or json");
  }

  /** The lower-case name. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
