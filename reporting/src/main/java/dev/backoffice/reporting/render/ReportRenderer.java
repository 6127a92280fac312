package dev.backoffice.reporting.render;

import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.reporting.common.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders any report of the reporting module as plain text, CSV, JSON or HTML. Immutable and thread-safe;
 * knows the report values only, never the ledger.
 *
 * <ul>
 *   <li>{@link Format#TEXT}: aligned columns, labels in the options' language, numbers in its locale.</li>
 *   <li>{@link Format#CSV}: a header of machine keys, plain decimals ({@code -1234.50}), ISO dates, quoting by
 *       Apache Commons CSV. A trial balance gives exactly the {@code trial-balance} command's columns
 *       {@code account,commodity,opening_debit,opening_credit,turnover_debit,turnover_credit,closing_debit,closing_credit},
 *       one row per account and currency, then one {@code TOTAL} row per currency.</li>
 *   <li>{@link Format#JSON}: {@code report}, {@code title}, {@code subtitle}, {@code columns}, {@code rows} (objects
 *       keyed by column; amounts as strings of plain decimals) and {@code checks}, written by Jackson.</li>
 *   <li>{@link Format#HTML}: a self-contained print-friendly page with an SVG chart for multi-period income
 *       statements (income and expense bars) and budget reports (budget use).</li>
 * </ul>
 *
 * <pre>{@code
 * String csv = ReportRenderer.csv().render(reports.trialBalance(from, to));
 * ReportRenderer.html(RenderOptions.polish()).render(bilans, writer);
 * }</pre>
 */
public final class ReportRenderer {
  private final Format format;
  private final RenderOptions options;

  private ReportRenderer(Format format, RenderOptions options) {
    this.format = format;
    this.options = options;
  }

  /**
   * A renderer.
   *
   * @param format the output format
   * @param options language and locale
   * @return the renderer
   */
  public static ReportRenderer of(Format format, RenderOptions options) {
    return new ReportRenderer(Checks.notNull(format, "format"), Checks.notNull(options, "options"));
  }

  /**
   * A plain-text renderer.
   *
   * @param options language and locale
   * @return the renderer
   */
  public static ReportRenderer text(RenderOptions options) {
    return of(Format.TEXT, options);
  }

  /** A CSV renderer (English labels where a cell holds one, e.g. statement items). */
  public static ReportRenderer csv() {
    return of(Format.CSV, RenderOptions.english());
  }

  /** A JSON renderer with English labels. */
  public static ReportRenderer json() {
    return of(Format.JSON, RenderOptions.english());
  }

  /**
   * An HTML renderer.
   *
   * @param options language and locale
   * @return the renderer
   */
  public static ReportRenderer html(RenderOptions options) {
    return of(Format.HTML, options);
  }

  /** The format. */
  public Format format() {
    return format;
  }

  /** The options. */
  public RenderOptions options() {
    return options;
  }

  /**
   * The usual file name extension of the format.
   *
   * @return {@code "txt"}, {@code "csv"}, {@code "json"} or {@code "html"}
   */
  public String fileExtension() {
    return format == Format.TEXT ? "txt" : format.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Renders a report to a string.
   *
   * @param report a report of the reporting module
   * @return the rendering
   * @throws dev.backoffice.core.error.ValidationException if the report is not one of the module's
   */
  public String render(Report report) {
    StringWriter out = new StringWriter();
    render(report, out);
    return out.toString();
  }

  /**
   * Renders a report to a writer, which it flushes but does not close.
   *
   * @param report a report of the reporting module
   * @param out where to write
   * @throws BackOfficeException wrapping the writer's {@link IOException}
   */
  public void render(Report report, Writer out) {
    Checks.notNull(report, "report");
    Checks.notNull(out, "out");
    Document doc = Documents.of(report);
    try {
      switch (format) {
        case TEXT:
          out.write(TextWriter.write(doc, options));
          break;
        case CSV:
          CsvWriter.write(doc, options, out);
          break;
        case JSON:
          JsonWriter.write(doc, options, out);
          break;
        case HTML:
          out.write(HtmlWriter.write(doc, options));
          break;
        default:
          throw new IllegalStateException("unknown format " + format);
      }
      out.flush();
    } catch (IOException | UncheckedIOException e) {
      throw new BackOfficeException("cannot write the " + format + " rendering: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "ReportRenderer[" + format + ", " + options.language() + ", " + options.locale() + "]";
  }
}
