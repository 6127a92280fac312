package dev.backoffice.reporting.render;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.money.Monies;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * How to render: the language of labels and the locale of number formats (text and HTML; CSV and JSON always
 * write plain decimals such as {@code -1234.50}).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class RenderOptions {
  /** The language of labels. */
  @Value.Parameter
  public abstract Language language();

  /** The locale of number formats: decimal and grouping separators. */
  @Value.Parameter
  public abstract Locale locale();

  /**
   * Options.
   *
   * @param language the language of labels
   * @param locale the locale of numbers
   * @return the options
   */
  public static RenderOptions of(Language language, Locale locale) {
    return ImmutableRenderOptions.of(language, locale);
  }

  /** Polish labels, Polish numbers ({@code 1 234,56}). */
  public static RenderOptions polish() {
    return of(Language.POLISH, Monies.POLISH);
  }

  /** English labels, English numbers ({@code 1,234.56}). */
  public static RenderOptions english() {
    return of(Language.ENGLISH, Locale.UK);
  }
}
