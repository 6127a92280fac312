package dev.backoffice.ledger.query;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.entry.EntryStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A search for entries: by account (with or without children), effective-date range, document number,
 * dimension tags on a line, text in the description, memo or document number, and status; one page at a
 * time in journal order.
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attributes named from/to; copy with ImmutableX.copyOf instead
public abstract class EntryQuery {
  /** The largest page size. */
  public static final int MAX_LIMIT = 10_000;

  /** Only entries with a line on this account. */
  public abstract Optional<String> account();

  /** With {@link #account()}: lines on the account's analytic children count too. */
  @Value.Default
  public boolean includeChildren() {
    return false;
  }

  /** First effective date. */
  public abstract Optional<LocalDate> from();

  /** Last effective date. */
  public abstract Optional<LocalDate> to();

  /** Exact document number. */
  public abstract Optional<String> documentNumber();

  /** Only entries with a line carrying all these tags. */
  @Value.Default
  public Dimensions dimensions() {
    return Dimensions.empty();
  }

  /** Case-insensitive text in the description, a line memo or the document number. */
  public abstract Optional<String> text();

  /** The status; {@link EntryStatus#POSTED} by default. */
  @Value.Default
  public EntryStatus status() {
    return EntryStatus.POSTED;
  }

  /** How many matching entries to skip. */
  @Value.Default
  public int offset() {
    return 0;
  }

  /** The page size, 1 to {@link #MAX_LIMIT}. */
  @Value.Default
  public int limit() {
    return 100;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableEntryQuery.Builder builder() {
    return ImmutableEntryQuery.builder();
  }

  /** All posted entries, first page. */
  public static EntryQuery all() {
    return builder().build();
  }

  @Value.Check
  void check() {
    Checks.check(offset() >= 0, "entry query", "offset", offset(), "must not be negative");
    Checks.check(limit() >= 1 && limit() <= MAX_LIMIT, "entry query", "limit", limit(), "must be 1 to " + MAX_LIMIT);
    if (from().isPresent() && to().isPresent()) {
      Checks.check(!to().get().isBefore(from().get()), "entry query", "to", to().get(), "must not be before from " + from().get());
    }
  }

  /** The query for the page after this one. */
  public EntryQuery nextPage() {
    return ImmutableEntryQuery.copyOf(this).withOffset(offset() + limit());
  }
}
