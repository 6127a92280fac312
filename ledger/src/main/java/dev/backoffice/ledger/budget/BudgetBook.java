package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.PostingRejectedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The budget engine behind {@link BudgetControl}: registered budgets and commitments, the account index that
 * finds the budget lines a ledger line counts against, and the three steps every change goes through —
 * collect its deltas into scratch fields ({@link #begin}, {@link #addEntry}, {@link #settleCommitments}),
 * judge them against the rules ({@link #enforce}, {@link #evaluate}) and, once the ledger has written the
 * change, {@link #apply} them.
 *
 * <p>Not thread-safe: every method is called with the control's lock held (and, for changes, the ledger's
 * lock: its write lock from the guard, its read lock from the control's own methods).
 *
 * <p><b>Index.</b> For an account code, the candidate lines are those whose selector matches the code or
 * one of its ancestors in the chart; they are grouped by the set of tag keys their filter uses, and within
 * a group hashed by the tag values. A ledger line then finds its budget lines with one hash lookup per
 * group — O(groups + matches), never a scan over all budget lines. The per-account lists are built lazily
 * and dropped when the chart or the set of budgets changes.
 */
final class BudgetBook {
  /** How {@link #addEntry} treats lines it cannot count. */
  enum Mode {
    /** A guard check: reject lines without a base value and unknown or misplaced commitment tags. */
    CHECK,
    /** Applying a change the ledger has written: never throw; log what cannot be counted. */
    APPLY,
    /** Initialising a new budget from the ledger: ignore commitment tags (commitments track themselves). */
    INIT,
    /**
     * Restoring a control from its stored records ({@link BudgetReplay#restore}): as APPLY, but a tag of a
     * commitment never registered, or on another account, is passed over quietly (it was allowed before the
     * control was bound, and the commitment's own registration did not count it either).
     */
    RESTORE
  }

  private static final Logger LOG = LoggerFactory.getLogger(BudgetBook.class);
  private static final String SOURCE = "budget";
  private static final Comparator<LineState> BY_ORDINAL = Comparator.comparingInt(ls -> ls.ordinal);

  /** How a change is named in messages, made only when a message is needed (it costs a string per posting). */
  @FunctionalInterface
  interface Subject {
    String text();
  }

  final CurrencyUnit currency;
  private final String resultAccount;
  final LinkedHashMap<String, BudgetState> budgets = new LinkedHashMap<>();
  final LinkedHashMap<String, CommitmentState> commitments = new LinkedHashMap<>();
  private int nextOrdinal;

  private @Nullable ChartOfAccounts indexedChart;
  private final HashMap<String, Group[]> index = new HashMap<>();

  private long mark;
  private final ArrayList<LineState> touched = new ArrayList<>();
  private final ArrayList<CommitmentState> touchedCommitments = new ArrayList<>();

  BudgetBook(CurrencyUnit currency, String resultAccount) {
    this.currency = currency;
    this.resultAccount = resultAccount;
  }

  /** An empty book of the same currency and result account: a scratch book to try a change on. */
  BudgetBook emptyCopy() {
    return new BudgetBook(currency, resultAccount);
  }

  // ------------------------------------------------------------------------------------------- registry

  BudgetState register(Budget budget) {
    BudgetState bs = new BudgetState(budget, nextOrdinal);
    nextOrdinal += budget.lines().size();
    budgets.put(budget.id(), bs);
    index.clear();
    return bs;
  }

  void unregister(BudgetState bs) {
    budgets.remove(bs.budget.id());
    index.clear();
  }

  // ------------------------------------------------------------------------------------------- the index

  /**
   * The budget lines of one account that filter on the same tag keys, found by their tag values in an
   * open-addressing table (load ≤ ½): one probe reads the key array slot, the key and the value — fewer
   * dependent cache misses than a {@link HashMap}'s node chain when 1,000 lines are hit at random.
   */
  private static final class Group {
    final Dimension[] keys;
    /**
     * Key at even, value at odd positions, so a probe's key and value share a cache line. A value is a
     * LineState, or a LineState[] when several lines share the tag values (usually one).
     */
    private Object[] table = new Object[8];
    private int size;

    Group(Dimension[] keys) {
      this.keys = keys;
    }

    /** The lookup key of the values a line carries for this group's keys; null when one is missing. */
    @Nullable Object keyOf(Map<Dimension, String> have) {
      if (keys.length == 0) {
        return "";
      }
      if (keys.length == 1) {
        return have.get(keys[0]);
      }
      String[] values = new String[keys.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = have.get(keys[i]);
        if (values[i] == null) {
          return null;
        }
      }
      return LineState.keyOf(values);
    }

    /** The even position where a key's probe starts. */
    private static int start(Object key, int pairs) {
      int h = key.hashCode();
      return ((h ^ (h >>> 16)) & (pairs - 1)) << 1;
    }

    @Nullable Object get(Object key) {
      Object[] t = table;
      int mask = t.length - 1;
      for (int i = start(key, t.length >> 1); ; i = (i + 2) & mask) {
        Object k = t[i];
        if (k == null) {
          return null;
        }
        Object v = t[i + 1];
        if (k.equals(key)) {
          return v;
        }
      }
    }

    void add(LineState ls) {
      if ((size + 1) * 4 > table.length) { // keep the load at most one half
        Object[] old = table;
        table = new Object[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
          if (old[i] != null) {
            put(old[i], old[i + 1]);
          }
        }
      }
      Object old = get(ls.keyValue);
      if (old == null) {
        put(ls.keyValue, ls);
        size++;
      } else {
        LineState[] prev = old instanceof LineState ? new LineState[] {(LineState) old} : (LineState[]) old;
        LineState[] more = java.util.Arrays.copyOf(prev, prev.length + 1);
        more[prev.length] = ls;
        put(ls.keyValue, more);
      }
    }

    private void put(Object key, Object value) {
      int mask = table.length - 1;
      int i = start(key, table.length >> 1);
      while (table[i] != null && !table[i].equals(key)) {
        i = (i + 2) & mask;
      }
      table[i] = key;
      table[i + 1] = value;
    }
  }

  private static final Group[] NO_GROUPS = new Group[0];

  private Group[] groups(String account, ChartOfAccounts chart) {
    if (chart != indexedChart) {
      index.clear();
      indexedChart = chart;
    }
    Group[] g = index.get(account);
    if (g == null) {
      g = build(account, chart);
      index.put(account, g);
    }
    return g;
  }

  private Group[] build(String account, ChartOfAccounts chart) {
    List<String> codes = ancestry(account, chart);
    Map<List<Dimension>, Group> groups = new LinkedHashMap<>();
    for (BudgetState bs : budgets.values()) {
      for (LineState ls : bs.lines) {
        AccountSelector sel = ls.line.accounts();
        boolean hit = false;
        for (int i = 0; i < codes.size() && !hit; i++) {
          hit = sel.matchesCode(codes.get(i));
        }
        if (hit) {
          groups.computeIfAbsent(List.of(ls.keys), k -> new Group(ls.keys)).add(ls);
        }
      }
    }
    return groups.isEmpty() ? NO_GROUPS : groups.values().toArray(new Group[0]);
  }

  /** The code and the codes of its ancestors in the chart, nearest first. */
  private static List<String> ancestry(String account, ChartOfAccounts chart) {
    List<String> codes = new ArrayList<>(3);
    String c = account;
    while (c != null && codes.size() <= chart.size()) {
      codes.add(c);
      c = chart.account(c).flatMap(Account::parent).orElse(null);
    }
    return codes;
  }

  private static boolean isUnder(String account, String ancestor, ChartOfAccounts chart) {
    return ancestry(account, chart).contains(ancestor);
  }

  /** The budget lines whose account selector and tag filter a ledger line on this account with these tags meets. */
  private void forEachMatch(String account, Dimensions tags, ChartOfAccounts chart, Consumer<LineState> visitor) {
    Map<Dimension, String> have = tags.asMap();
    for (Group g : groups(account, chart)) {
      Object key = g.keyOf(have);
      Object hits = key == null ? null : g.get(key);
      if (hits instanceof LineState) {
        visitor.accept((LineState) hits);
      } else if (hits != null) {
        for (LineState ls : (LineState[]) hits) {
          visitor.accept(ls);
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------ collecting deltas

  /** The number of the change being collected. */
  long mark() {
    return mark;
  }

  /** Starts collecting the deltas of a new change. */
  void begin() {
    mark++;
    touched.clear();
    touchedCommitments.clear();
  }

  private void touch(LineState ls) {
    if (ls.mark != mark) {
      ls.reset(mark);
      touched.add(ls);
    }
  }

  void touch(CommitmentState cs) {
    if (cs.mark != mark) {
      cs.reset(mark);
      touchedCommitments.add(cs);
    }
  }

  boolean nothingTouched() {
    return touched.isEmpty() && touchedCommitments.isEmpty();
  }

  /**
   * True for the ledger's year-end closing entry (adjusting, with a line on the result account): it moves
   * cost balances to the result and must not count as negative spending.
   */
  boolean isClosingEntry(JournalEntry e) {
    if (!e.adjusting()) {
      return false;
    }
    for (JournalLine l : e.lines()) {
      if (l.account().equals(resultAccount)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Collects the deltas of an entry's lines: actuals (or pending amounts) on the budget lines they count
   * against, and consumption of the commitments they are tagged with.
   *
   * @param sign +1 to add the entry, -1 to take it away (a committed or voided reservation)
   * @param pendingKind whether the entry is a reservation (pending) rather than posted
   * @param only for {@link Mode#INIT}: the budget being initialised, whose lines alone are counted
   */
  void addEntry(JournalEntry e, Subject subject, int sign, boolean pendingKind, Mode mode, ChartOfAccounts chart,
      @Nullable BudgetState only) {
    if (isClosingEntry(e)) {
      return;
    }
    LocalDate date = e.date();
    long day = date.toEpochDay();
    int month = date.getYear() * 12 + date.getMonthValue() - 1;
    for (JournalLine l : e.lines()) {
      Dimensions tags = l.dimensions();
      Group[] groups = groups(l.account(), chart);
      if (groups.length > 0) {
        addLine(l, tags, groups, day, month, subject, sign, pendingKind, mode, only);
      }
      String tag = mode == Mode.INIT || !mayCarryCommitment(tags) ? null : tags.asMap().get(BudgetControl.COMMITMENT);
      if (tag != null) {
        consume(l, tag, subject, sign, pendingKind, mode, chart);
      }
    }
  }

  /** False when the tags surely lack the commitment tag (none, or only another one) — saves a map search. */
  private static boolean mayCarryCommitment(Dimensions tags) {
    com.google.common.collect.ImmutableSortedMap<Dimension, String> m = tags.asMap();
    return m.size() > 1 || (m.size() == 1 && m.firstKey().equals(BudgetControl.COMMITMENT));
  }

  /** Adds one ledger line to the budget lines it counts against. */
  private void addLine(JournalLine l, Dimensions tags, Group[] groups, long day, int month, Subject subject, int sign,
      boolean pendingKind, Mode mode, @Nullable BudgetState only) {
    long value = Long.MIN_VALUE;
    Map<Dimension, String> have = tags.asMap();
    for (Group g : groups) {
      Object key = g.keyOf(have);
      Object hits = key == null ? null : g.get(key);
      if (hits == null) {
        continue;
      }
      LineState[] many = hits instanceof LineState ? null : (LineState[]) hits;
      int n = many == null ? 1 : many.length;
      for (int i = 0; i < n; i++) {
        LineState ls = many == null ? (LineState) hits : many[i];
        int p = ls.periodOf(day, month);
        if (p < 0 || (only != null && ls.owner != only)) {
          continue;
        }
        if (value == Long.MIN_VALUE) {
          Long v = signedValue(l, subject, mode);
          if (v == null) {
            return;
          }
          value = sign * v;
        }
        touch(ls);
        if (pendingKind) {
          ls.add(p, 0, value, 0);
        } else {
          ls.add(p, value, 0, 0);
        }
      }
    }
  }

  private void consume(JournalLine l, String tag, Subject subject, int sign, boolean pendingKind, Mode mode,
      ChartOfAccounts chart) {
    CommitmentState cs = commitments.get(tag);
    String problem = null;
    if (cs == null) {
      problem = "names commitment '" + tag + "', which budget control does not know; register it with"
          + " BudgetControl.commit first";
    } else if (!isUnder(l.account(), cs.commitment.account(), chart)) {
      problem = "cannot consume commitment '" + tag + "': it is for account " + cs.commitment.account()
          + " and its analytic accounts; tag only the lines on that account";
    }
    if (problem != null) {
      if (mode == Mode.CHECK) {
        throw new PostingRejectedException(subject.text(), l.account(), problem);
      }
      if (mode == Mode.RESTORE) {
        return;
      }
      LOG.error("{}: line on {} {}; it does not consume any commitment", subject.text(), l.account(), problem);
      return;
    }
    Long v = signedValue(l, subject, mode);
    if (v == null) {
      return;
    }
    touch(cs);
    if (pendingKind) {
      cs.dPending += sign * v;
    } else {
      cs.dPosted += sign * v;
    }
  }

  /**
   * The net amount an entry's lines tagged with a commitment consume of it (lines on its account or below).
   *
   * @throws dev.backoffice.core.error.ConflictException if such a line has no base-currency value
   */
  long consumptionOf(PostedEntry p, String commitmentId, String account, ChartOfAccounts chart) {
    long sum = 0;
    for (JournalLine l : p.lines()) {
      if (commitmentId.equals(l.dimensions().asMap().get(BudgetControl.COMMITMENT)) && isUnder(l.account(), account, chart)) {
        Optional<Money> base = l.baseValue(currency);
        if (base.isEmpty()) {
          throw new ConflictException("commitment " + commitmentId, p.subject() + " consumes it on " + l.account()
              + " in " + l.amount().getCurrencyUnit() + " without a value in " + currency);
        }
        sum += l.side() == Side.DEBIT ? base.get().getAmountMinorLong() : -base.get().getAmountMinorLong();
      }
    }
    return sum;
  }

  /** Debit positive, credit negative, in minor units of the base currency; null when the line has no base value. */
  private @Nullable Long signedValue(JournalLine l, Subject subject, Mode mode) {
    Money base = l.amount();
    if (!base.getCurrencyUnit().equals(currency)) {
      Optional<Money> cost = l.baseValue(currency);
      if (cost.isEmpty()) {
        String rule = "budget control counts lines by their value in " + currency + "; a line in "
            + l.amount().getCurrencyUnit() + " on a budgeted account must state its cost in " + currency;
        if (mode == Mode.APPLY || mode == Mode.RESTORE) {
          LOG.error("{}: line on {}: {}; it is not counted", subject.text(), l.account(), rule);
          return null;
        }
        throw new PostingRejectedException(subject.text(), l.account(), rule);
      }
      base = cost.get();
    }
    long v = base.getAmountMinorLong();
    return l.side() == Side.DEBIT ? v : -v;
  }

  /**
   * Turns the touched commitments' consumption deltas into changes of their open amounts on the budget
   * lines they count against.
   *
   * @param only when set, only that budget's lines are changed (initialisation)
   */
  void settleCommitments(ChartOfAccounts chart, @Nullable BudgetState only) {
    for (int i = 0; i < touchedCommitments.size(); i++) {
      CommitmentState cs = touchedCommitments.get(i);
      long diff = cs.openAfter() - cs.open();
      if (diff != 0) {
        addCommitted(cs.commitment, diff, chart, only);
      }
    }
  }

  /** Adds an amount to the commitments of the budget lines a commitment counts against. */
  void addCommitted(Commitment c, long amount, ChartOfAccounts chart, @Nullable BudgetState only) {
    long day = c.date().toEpochDay();
    int month = c.date().getYear() * 12 + c.date().getMonthValue() - 1;
    forEachMatch(c.account(), c.dimensions(), chart, ls -> {
      int p = ls.periodOf(day, month);
      if (p >= 0 && (only == null || ls.owner == only)) {
        touch(ls);
        ls.add(p, 0, 0, amount);
      }
    });
  }

  // ----------------------------------------------------------------------------------------- judging

  /**
   * Judges the collected deltas: throws for the first STOP breach (in registration order of the lines) and
   * returns the warnings of WARN breaches.
   *
   * @throws BudgetExceededException when a STOP rule is broken
   */
  ImmutableList<PostingWarning> enforce(ControlTarget target, Subject subject) {
    if (touched.isEmpty()) {
      return ImmutableList.of();
    }
    if (touched.size() > 1) {
      touched.sort(BY_ORDINAL);
    }
    ImmutableList.Builder<PostingWarning> warnings = null;
    for (int i = 0; i < touched.size(); i++) {
      LineState ls = touched.get(i);
      if (!ls.controls) {
        continue;
      }
      for (ControlRule rule : ls.rules) {
        if (rule.action() == ControlAction.IGNORE || !rule.appliesTo(target)) {
          continue;
        }
        BudgetCheckLine breach = judge(ls, rule, false);
        if (breach == null) {
          continue;
        }
        if (rule.action() == ControlAction.STOP) {
          throw new BudgetExceededException(subject.text(), breach);
        }
        if (warnings == null) {
          warnings = ImmutableList.builder();
        }
        warnings.add(PostingWarning.of(SOURCE, subject.text() + ": budget " + breach.budgetId() + " line " + breach.lineId()
            + " exceeded in " + breach.period() + " (" + breach.scope() + "): requested " + breach.requested()
            + ", available " + breach.available() + " (budget " + breach.budget() + ", consumed " + breach.consumed()
            + ", tolerance " + breach.tolerance() + ")"));
      }
    }
    if (warnings == null) {
      return ImmutableList.of();
    }
    ImmutableList<PostingWarning> out = warnings.build();
    LOG.debug("{} passes budget control with warnings {}", subject.text(), out);
    return out;
  }

  /** The what-if rows of the collected deltas: one per touched line and applicable rule. */
  ImmutableList<BudgetCheckLine> evaluate(ControlTarget target) {
    touched.sort(BY_ORDINAL);
    ImmutableList.Builder<BudgetCheckLine> out = ImmutableList.builder();
    for (LineState ls : touched) {
      boolean any = false;
      if (ls.controls) {
        for (ControlRule rule : ls.rules) {
          if (rule.action() != ControlAction.IGNORE && rule.appliesTo(target)) {
            out.add(judge(ls, rule, true));
            any = true;
          }
        }
      }
      if (!any) {
        out.add(row(ls, ControlScope.ANNUAL, CheckOutcome.NOT_CONTROLLED, ls.dMin, annualBudget(ls), annualConsumed(ls),
            annualDelta(ls), 0));
      }
    }
    return out.build();
  }

  /**
   * Judges one line under one rule.
   *
   * @param always whether to return a row also when the rule holds
   * @return the breach (or, with {@code always}, the row); null when the rule holds and not {@code always}
   */
  private @Nullable BudgetCheckLine judge(LineState ls, ControlRule rule, boolean always) {
    CheckOutcome broken = rule.action() == ControlAction.STOP ? CheckOutcome.STOP : CheckOutcome.WARNING;
    try {
      if (rule.scope() == ControlScope.ANNUAL) {
        long delta = annualDelta(ls);
        if (delta <= 0 && !always) {
          return null;
        }
        long budget = annualBudget(ls);
        long consumed = annualConsumed(ls);
        long tol = rule.toleranceMinor(budget);
        boolean breach = delta > 0 && Math.addExact(consumed, delta) > Math.addExact(budget, tol);
        if (!breach && !always) {
          return null;
        }
        return row(ls, ControlScope.ANNUAL, breach ? broken : CheckOutcome.WITHIN_BUDGET, ls.dMin, budget, consumed, delta,
            tol);
      }
      long cumBudget = 0;
      long cumConsumed = 0;
      long cumDelta = 0;
      BudgetCheckLine first = null;
      for (int q = 0; q < ls.periods; q++) {
        cumBudget += ls.budget(q);
        cumConsumed += ls.consumed(q);
        cumDelta += ls.delta(q);
        if (q < ls.dMin) {
          continue;
        }
        long tol = rule.toleranceMinor(cumBudget);
        if (cumDelta > 0 && Math.addExact(cumConsumed, cumDelta) > Math.addExact(cumBudget, tol)) {
          return row(ls, ControlScope.MONTHLY_ACCUMULATED, broken, q, cumBudget, cumConsumed, cumDelta, tol);
        }
        if (always && first == null) {
          first = row(ls, ControlScope.MONTHLY_ACCUMULATED, CheckOutcome.WITHIN_BUDGET, q, cumBudget, cumConsumed,
              cumDelta, tol);
        }
      }
      return first;
    } catch (ArithmeticException overflow) {
      throw new ValidationException(ls.subject(), "consumption", "overflow",
          "must stay within ±9.2e18 minor units");
    }
  }

  private BudgetCheckLine row(LineState ls, ControlScope scope, CheckOutcome outcome, int period, long budget,
      long consumed, long delta, long tol) {
    AccountingPeriod p = ls.owner.year.periods().get(Math.max(0, Math.min(period, ls.periods - 1)));
    return BudgetCheckLine.builder().budgetId(ls.owner.budget.id()).lineId(ls.line.id()).period(p).scope(scope)
        .outcome(outcome).budget(ls.money(budget)).consumed(ls.money(consumed)).requested(ls.money(delta))
        .tolerance(ls.money(tol)).build();
  }

  private static long annualDelta(LineState ls) {
    return ls.deltaTotal;
  }

  static long annualBudget(LineState ls) {
    return ls.budgetTotal;
  }

  static long annualConsumed(LineState ls) {
    return ls.consumedTotal;
  }

  // ----------------------------------------------------------------------------------------- applying

  /** Applies the collected deltas to the lines and commitments. */
  void apply() {
    for (int i = 0; i < touched.size(); i++) {
      touched.get(i).apply();
    }
    for (int i = 0; i < touchedCommitments.size(); i++) {
      touchedCommitments.get(i).apply();
    }
  }

  /** A registered budget, or NotFoundException. */
  static BudgetState requireBudget(BudgetBook b, String budgetId) {
    BudgetState bs = b.budgets.get(budgetId);
    if (bs == null) {
      throw new NotFoundException("budget", budgetId);
    }
    return bs;
  }

  static LineState requireLine(BudgetState bs, String lineId) {
    LineState ls = bs.byId.get(Checks.notNull(lineId, "lineId"));
    if (ls == null) {
      throw new NotFoundException("budget line", lineId, "budget " + bs.budget.id() + " has no line '" + lineId + "'");
    }
    return ls;
  }

  /** A registered commitment, or NotFoundException. */
  static CommitmentState requireCommitment(BudgetBook b, String id) {
    CommitmentState cs = b.commitments.get(id);
    if (cs == null) {
      throw new NotFoundException("commitment", id);
    }
    return cs;
  }
}
