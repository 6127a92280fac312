package dev.backoffice.ledger.account;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The chart of accounts (plan kont): an immutable tree of {@link Account}s keyed by code, with an optional
 * code format. Changes return a new chart; the {@code Ledger} holds the current one and refuses to delete
 * accounts that have postings.
 *
 * <p>Every parent must exist in the chart and the parent links must not form a cycle.
 */
public final class ChartOfAccounts {
  private static final ChartOfAccounts EMPTY =
      new ChartOfAccounts(ImmutableSortedMap.of(), null);

  private final ImmutableSortedMap<String, Account> accounts;
  private final @Nullable Pattern codePattern;
  private final ImmutableListMultimap<String, String> children;

  private ChartOfAccounts(ImmutableSortedMap<String, Account> accounts, @Nullable Pattern codePattern) {
    this.accounts = accounts;
    this.codePattern = codePattern;
    ImmutableListMultimap.Builder<String, String> b = ImmutableListMultimap.builder();
    for (Account a : accounts.values()) {
      a.parent().ifPresent(p -> b.put(p, a.code()));
    }
    this.children = b.build();
  }

  /** A chart without accounts or code format. */
  public static ChartOfAccounts empty() {
    return EMPTY;
  }

  /**
   * A chart of the given accounts (parents before or after children, in any order).
   *
   * @param accounts the accounts
   * @return the chart
   * @throws ValidationException for a missing parent, a parent cycle or a duplicate code
   */
  public static ChartOfAccounts of(Iterable<Account> accounts) {
    return EMPTY.withAll(accounts);
  }

  /**
   * A chart of the given accounts.
   *
   * @param accounts the accounts
   * @return the chart
   */
  public static ChartOfAccounts of(Account... accounts) {
    return of(java.util.Arrays.asList(accounts));
  }

  /**
   * This chart with a code format every account code must match (e.g. {@code "\\d{3}(-\\d{3})*"} for
   * {@code 201-001}).
   *
   * @param regex the pattern, matched against the whole code
   * @return a new chart
   * @throws ValidationException if an existing code does not match
   */
  public ChartOfAccounts withCodePattern(String regex) {
    Checks.notNull(regex, "codePattern");
    Pattern p;
    try {
      p = Pattern.compile(regex);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new ValidationException("codePattern", regex, "must be a valid regular expression");
    }
    for (String code : accounts.keySet()) {
      checkCode(p, code);
    }
    return new ChartOfAccounts(accounts, p);
  }

  private static void checkCode(@Nullable Pattern p, String code) {
    if (p != null && !p.matcher(code).matches()) {
      throw new ValidationException("account " + code, "code", code, "must match the chart's code format " + p.pattern());
    }
  }

  /** The code format, if set. */
  public Optional<String> codePattern() {
    return Optional.ofNullable(codePattern).map(Pattern::pattern);
  }

  /**
   * This chart with one account added or replaced.
   *
   * @param account the account
   * @return a new chart
   */
  public ChartOfAccounts with(Account account) {
    return withAll(List.of(account));
  }

  /**
   * This chart with accounts added or replaced, validated together.
   *
   * @param added the accounts
   * @return a new chart
   */
  public ChartOfAccounts withAll(Iterable<Account> added) {
    Checks.notNull(added, "accounts");
    TreeMap<String, Account> m = new TreeMap<>(accounts);
    Set<String> seen = new HashSet<>();
    for (Account a : added) {
      Checks.notNull(a, "account");
      checkCode(codePattern, a.code());
      if (!seen.add(a.code())) {
        throw new ValidationException("account " + a.code(), "code", a.code(), "must be unique in the chart");
      }
      m.put(a.code(), a);
    }
    validateTree(m);
    return new ChartOfAccounts(ImmutableSortedMap.copyOfSorted(m), codePattern);
  }

  private static void validateTree(Map<String, Account> m) {
    for (Account a : m.values()) {
      if (a.parent().isPresent() && !m.containsKey(a.parent().get())) {
        throw new ValidationException("account " + a.code(), "parent", a.parent().get(), "must be an account of the chart");
      }
    }
    for (Account a : m.values()) {
      Set<String> path = new HashSet<>();
      Account cur = a;
      while (cur.parent().isPresent()) {
        if (!path.add(cur.code())) {
          throw new ValidationException("account " + a.code(), "parent", a.parent().get(), "must not form a cycle");
        }
        cur = m.get(cur.parent().get());
      }
    }
  }

  /**
   * This chart without an account. The {@code Ledger} checks postings first; this only checks the tree.
   *
   * @param code the code
   * @return a new chart
   * @throws NotFoundException if there is no such account
   * @throws ConflictException if the account has children
   */
  public ChartOfAccounts without(String code) {
    require(code);
    if (!children.get(code).isEmpty()) {
      throw new ConflictException("account " + code, "has analytic accounts " + children.get(code) + " and cannot be deleted");
    }
    TreeMap<String, Account> m = new TreeMap<>(accounts);
    m.remove(code);
    return new ChartOfAccounts(ImmutableSortedMap.copyOfSorted(m), codePattern);
  }

  /**
   * The account with this code.
   *
   * @param code the code
   * @return the account, or empty
   */
  public Optional<Account> account(String code) {
    return Optional.ofNullable(accounts.get(code));
  }

  /**
   * The account with this code, or an error.
   *
   * @param code the code
   * @return the account
   * @throws NotFoundException if there is none
   */
  public Account require(String code) {
    Account a = accounts.get(Checks.notNull(code, "account"));
    if (a == null) {
      throw new NotFoundException("account", code);
    }
    return a;
  }

  /**
   * True when the chart has the code.
   *
   * @param code the code
   * @return whether it exists
   */
  public boolean contains(String code) {
    return accounts.containsKey(code);
  }

  /** All accounts, sorted by code. */
  public ImmutableList<Account> accounts() {
    return accounts.values().asList();
  }

  /** The number of accounts. */
  public int size() {
    return accounts.size();
  }

  /**
   * The direct children (analytic accounts) of an account, sorted by code.
   *
   * @param code the parent's code
   * @return the children's codes
   */
  public ImmutableList<String> children(String code) {
    return children.get(code);
  }

  /**
   * True when the account has no children.
   *
   * @param code the code
   * @return whether it is a leaf
   */
  public boolean isLeaf(String code) {
    return !children.containsKey(code);
  }

  /**
   * The account and all accounts below it, parents before children.
   *
   * @param code the root's code
   * @return the codes of the subtree
   */
  public ImmutableList<String> subtree(String code) {
    require(code);
    List<String> out = new ArrayList<>();
    collect(code, out);
    return ImmutableList.copyOf(out);
  }

  private void collect(String code, List<String> out) {
    out.add(code);
    for (String c : children.get(code)) {
      collect(c, out);
    }
  }

  /** The accounts without a parent (synthetic accounts), sorted by code. */
  public ImmutableList<Account> roots() {
    return accounts.values().stream().filter(a -> a.parent().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The top-level ancestor of an account (its synthetic account).
   *
   * @param code the code
   * @return the root account of its subtree
   */
  public Account root(String code) {
    Account a = require(code);
    while (a.parent().isPresent()) {
      a = require(a.parent().get());
    }
    return a;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChartOfAccounts && ((ChartOfAccounts) o).accounts.equals(accounts)
        && codePattern().equals(((ChartOfAccounts) o).codePattern());
  }

  @Override
  public int hashCode() {
    return accounts.hashCode();
  }

  @Override
  public String toString() {
    return "ChartOfAccounts" + accounts.keySet();
  }
}
