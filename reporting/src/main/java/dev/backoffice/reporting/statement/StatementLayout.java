package dev.backoffice.reporting.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a financial statement in order, with how each gets its amount — the layout of annex 1 to
 * the Polish Accounting Act ({@link #polishBalanceSheet()}, {@link #polishIncomeComparative()},
 * {@link #polishIncomeCostOfSales()}) or one read from text ({@link #parse}).
 *
 * <p>Text format, one line per statement line, two spaces of indentation per level, fields separated by
 * {@code " | "}: {@code id | marker | kind | nature | Polish label | English label}, where kind is {@code sum},
 * {@code leaf}, {@code of} (a "w tym" line) or {@code =EXPR} (a formula such as {@code =A-B}) and nature is
 * {@code D} or {@code C}. {@code @check X = Y} requires two lines to be equal in every column;
 * {@code @result X} names the net result line of an income statement. {@code #} starts a comment line.
 */
public final class StatementLayout {
  private final StatementKind kind;
  private final ImmutableList<LayoutLine> lines;
  private final ImmutableMap<String, LayoutLine> byId;
  private final ImmutableList<ImmutableList<String>> equalities;
  private final @Nullable String resultLine;

  private StatementLayout(StatementKind kind, List<LayoutLine> lines, List<ImmutableList<String>> equalities,
      @Nullable String resultLine) {
    this.kind = kind;
    this.lines = ImmutableList.copyOf(lines);
    ImmutableMap.Builder<String, LayoutLine> m = ImmutableMap.builder();
    lines.forEach(l -> m.put(l.id(), l));
    this.byId = m.build();
    this.equalities = ImmutableList.copyOf(equalities);
    this.resultLine = resultLine;
  }

  /** The balance sheet (bilans) of annex 1: Aktywa A–D, Pasywa A–B, with every sub-item. */
  public static StatementLayout polishBalanceSheet() {
    return resource(StatementKind.BALANCE_SHEET, "bilans.layout");
  }

  /** The comparative income statement (wariant porównawczy) of annex 1, lines A–L. */
  public static StatementLayout polishIncomeComparative() {
    return resource(StatementKind.INCOME_COMPARATIVE, "rzis-porownawczy.layout");
  }

  /** The cost-of-sales income statement (wariant kalkulacyjny) of annex 1, lines A–O. */
  public static StatementLayout polishIncomeCostOfSales() {
    return resource(StatementKind.INCOME_COST_OF_SALES, "rzis-kalkulacyjny.layout");
  }

  /** The annex-1 cash-flow statement, indirect method (lines A–G). */
  public static StatementLayout polishCashFlowIndirect() {
    return resource(StatementKind.CASH_FLOW_INDIRECT, "cash-flow-indirect.layout");
  }

  /** The annex-1 cash-flow statement, direct method (lines A–G). */
  public static StatementLayout polishCashFlowDirect() {
    return resource(StatementKind.CASH_FLOW_DIRECT, "cash-flow-direct.layout");
  }

  private static StatementLayout resource(StatementKind kind, String name) {
    return parse(kind, Resources.text(StatementLayout.class, name));
  }

  /**
   * Reads a layout from text (format in the class comment).
   *
   * @param kind the statement it lays out
   * @param text the layout
   * @return the layout
   * @throws ValidationException naming the line number and what is wrong: a bad field, a duplicate id, a bad
   *     indentation, a formula naming an unknown line or forming a cycle, an income statement without
   *     {@code @result}
   */
  public static StatementLayout parse(StatementKind kind, String text) {
    Checks.notNull(kind, "kind");
    Checks.notNull(text, "text");
    List<LayoutLine> lines = new ArrayList<>();
    List<ImmutableList<String>> equalities = new ArrayList<>();
    String result = null;
    Deque<LayoutLine> open = new ArrayDeque<>();
    Set<String> ids = new HashSet<>();
    String[] rows = text.split("\r?\n", -1);
    for (int n = 0; n < rows.length; n++) {
      String row = rows[n];
      String where = "layout line " + (n + 1);
      if (row.isBlank() || row.strip().startsWith("#")) {
        continue;
      }
      if (row.startsWith("@check ")) {
        String[] parts = row.substring(7).split("=");
        Checks.check(parts.length == 2, where, "check", row, "must read '@check X = Y'");
        equalities.add(ImmutableList.of(parts[0].strip(), parts[1].strip()));
        continue;
      }
      if (row.startsWith("@result ")) {
        result = row.substring(8).strip();
        continue;
      }
      int indent = 0;
      while (indent < row.length() && row.charAt(indent) == ' ') {
        indent++;
      }
      Checks.check(indent % 2 == 0, where, "indentation", indent, "must be a multiple of two spaces");
      int depth = indent / 2;
      String[] f = row.strip().split("\\|", -1);
      Checks.check(f.length == 6, where, "fields", row.strip(), "must be 'id | marker | kind | nature | Polish | English'");
      String id = f[0].strip();
      Checks.check(!id.isEmpty() && !id.contains(" "), where, "id", id, "must be a word without spaces");
      Checks.check(ids.add(id), where, "id", id, "must be unique in the layout");
      while (!open.isEmpty() && open.peek().depth() >= depth) {
        open.pop();
      }
      Checks.check(depth == 0 || (!open.isEmpty() && open.peek().depth() == depth - 1), where, "indentation", indent,
          "must be at most one level deeper than the line before");
      String kindText = f[2].strip();
      LineKind lk;
      List<String> terms = new ArrayList<>();
      if (kindText.startsWith("=")) {
        lk = LineKind.FORMULA;
        terms.addAll(terms(kindText.substring(1), where));
      } else if (kindText.equals("sum")) {
        lk = LineKind.SUM;
      } else if (kindText.equals("leaf")) {
        lk = LineKind.LEAF;
      } else if (kindText.equals("of")) {
        lk = LineKind.OF_WHICH;
        Checks.check(!open.isEmpty(), where, "kind", kindText, "must belong to a parent line");
      } else {
        throw new ValidationException(where, "kind", kindText, "must be sum, leaf, of or =formula");
      }
      String nature = f[3].strip();
      Checks.check(nature.equals("D") || nature.equals("C"), where, "nature", nature, "must be D or C");
      Checks.check(!f[4].isBlank() && !f[5].isBlank(), where, "labels", row.strip(), "must not be blank");
      LayoutLine line = LayoutLine.builder()
          .id(id)
          .marker(f[1].strip())
          .kind(lk)
          .nature(nature.equals("D") ? LineNature.DEBIT : LineNature.CREDIT)
          .polish(f[4].strip())
          .english(f[5].strip())
          .depth(depth)
          .parent(Optional.ofNullable(open.peek()).map(LayoutLine::id))
          .addAllTerms(terms)
          .build();
      lines.add(line);
      open.push(line);
    }
    Checks.check(!lines.isEmpty(), "layout", "lines", "", "must not be empty");
    StatementLayout layout = new StatementLayout(kind, lines, equalities, result);
    layout.validate();
    return layout;
  }

  private static List<String> terms(String expr, String where) {
    List<String> out = new ArrayList<>();
    String e = expr.replace(" ", "");
    int i = 0;
    while (i < e.length()) {
      char sign = '+';
      if (e.charAt(i) == '+' || e.charAt(i) == '-') {
        sign = e.charAt(i);
        i++;
      }
      int j = i;
      while (j < e.length() && e.charAt(j) != '+' && e.charAt(j) != '-') {
        j++;
      }
      Checks.check(j > i, where, "formula", expr, "must be line ids joined by + and -");
      out.add(sign + e.substring(i, j));
      i = j;
    }
    Checks.check(!out.isEmpty(), where, "formula", expr, "must name at least one line");
    return out;
  }

  private void validate() {
    for (LayoutLine l : lines) {
      for (String t : l.terms()) {
        Checks.check(byId.containsKey(t.substring(1)), "layout line " + l.id(), "formula", t.substring(1),
            "must name a line of the layout");
      }
      if (l.kind() == LineKind.SUM) {
        Checks.check(!children(l.id()).isEmpty(), "layout line " + l.id(), "kind", "sum", "must have child lines");
      }
    }
    for (LayoutLine l : lines) {
      checkAcyclic(l.id(), new LinkedHashMap<>());
    }
    for (List<String> eq : equalities) {
      for (String id : eq) {
        Checks.check(byId.containsKey(id), "layout", "check", id, "must name a line of the layout");
      }
    }
    if (kind.isIncomeStatement()) {
      Checks.check(resultLine != null, "layout", "@result", null, "must name the net result line of an income statement");
    }
    if (resultLine != null) {
      Checks.check(byId.containsKey(resultLine), "layout", "@result", resultLine, "must name a line of the layout");
    }
  }

  private void checkAcyclic(String id, Map<String, Boolean> path) {
    if (path.containsKey(id)) {
      throw new ValidationException("layout line " + id, "formula", String.join(" → ", path.keySet()) + " → " + id,
          "must not refer to itself");
    }
    path.put(id, Boolean.TRUE);
    LayoutLine l = byId.get(id);
    List<String> deps = new ArrayList<>();
    l.terms().forEach(t -> deps.add(t.substring(1)));
    if (l.kind() == LineKind.SUM) {
      children(id).forEach(c -> deps.add(c.id()));
    }
    for (String d : deps) {
      checkAcyclic(d, path);
    }
    path.remove(id);
  }

  /** The statement the layout is for. */
  public StatementKind kind() {
    return kind;
  }

  /** The lines, in print order. */
  public ImmutableList<LayoutLine> lines() {
    return lines;
  }

  /**
   * A line by id.
   *
   * @param id the line's id
   * @return the line
   * @throws NotFoundException if the layout has no such line
   */
  public LayoutLine line(String id) {
    LayoutLine l = byId.get(Checks.notNull(id, "id"));
    if (l == null) {
      throw new NotFoundException("statement line", id);
    }
    return l;
  }

  /**
   * True when the layout has the line.
   *
   * @param id the line's id
   * @return whether it exists
   */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /**
   * The direct children of a line, in order.
   *
   * @param id the line's id
   * @return its children
   */
  public ImmutableList<LayoutLine> children(String id) {
    return lines.stream().filter(l -> l.parent().filter(id::equals).isPresent()).collect(ImmutableList.toImmutableList());
  }

  /** The pairs of lines that must be equal (e.g. total assets and total equity and liabilities). */
  public ImmutableList<ImmutableList<String>> equalities() {
    return equalities;
  }

  /** The net result line of an income statement. */
  public Optional<String> resultLine() {
    return Optional.ofNullable(resultLine);
  }

  @Override
  public String toString() {
    return "StatementLayout[" + kind + ", " + lines.size() + " lines]";
  }

  /** Reads a UTF-8 resource next to a class. */
  static final class Resources {
    private Resources() {}

    static String text(Class<?> owner, String name) {
      try (InputStream in = owner.getResourceAsStream(name)) {
        if (in == null) {
          throw new NotFoundException("resource", owner.getPackageName() + "/" + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BackOfficeException("cannot read resource " + name + ": " + e.getMessage(), e);
      }
    }
  }
}
