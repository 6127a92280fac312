package dev.backoffice.core.dimension;

import dev.backoffice.core.error.Checks;
import java.io.Serializable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An analytical dimension (wymiar analityczny): the key of a tag on a posting, such as cost centre
 * (MPK, miejsce powstawania kosztów), project, department or employee. Keys are short identifiers
 * ({@code [a-z][A-Za-z0-9_-]*}, at most 40 characters); values are free text (see {@link Dimensions}).
 */
public final class Dimension implements Comparable<Dimension>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9_-]{0,39}");

  /** Cost centre (MPK). */
  public static final Dimension COST_CENTRE = new Dimension("costCentre");
  /** Project. */
  public static final Dimension PROJECT = new Dimension("project");
  /** Department (dział). */
  public static final Dimension DEPARTMENT = new Dimension("department");
  /** Employee (pracownik), e.g. for payroll postings. */
  public static final Dimension EMPLOYEE = new Dimension("employee");
  /** Contractor (kontrahent). */
  public static final Dimension CONTRACTOR = new Dimension("contractor");

  private final String name;

  private Dimension(String name) {
    this.name = name;
  }

  /**
   * The dimension with this name.
   *
   * @param name an identifier such as {@code "costCentre"}
   * @return the dimension
   */
  public static Dimension of(String name) {
    Checks.notNull(name, "dimension");
    Checks.check(NAME.matcher(name).matches(), "dimension", name,
        "must be an identifier [a-z][A-Za-z0-9_-]* of at most 40 characters");
    return new Dimension(name);
  }

  /** The name, e.g. {@code "costCentre"}. */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(Dimension o) {
    return name.compareTo(o.name);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Dimension && ((Dimension) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
