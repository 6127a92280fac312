package dev.backoffice.ledger;

import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.query.EntryQuery;
import dev.backoffice.ledger.query.Page;
import dev.backoffice.ledger.store.SearchableLedgerStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Entry searches ({@link dev.backoffice.ledger.query.LedgerView#entries}). Owns no state: it reads the journal
 * ({@link EntryIndex}, or asks the store that keeps it), each account's references to its entries
 * ({@link Accounts}) and the reservations ({@link Reservations}), under the ledger's read lock.
 */
final class EntrySearch {
  private final Accounts accounts;
  /** The journal in memory, or null when the store keeps it. */
  private final @Nullable EntryIndex journal;
  /** The store that keeps the journal, when memory does not. */
  private final @Nullable SearchableLedgerStore store;
  private final Reservations reservations;

  EntrySearch(Accounts accounts, Entries entries, Reservations reservations, @Nullable SearchableLedgerStore store) {
    this.accounts = accounts;
    this.journal = entries instanceof EntryIndex index ? index : null;
    this.store = store;
    this.reservations = reservations;
  }

  /** The page of entries a query asks for. */
  Page<PostedEntry> entries(EntryQuery q) {
    List<PostedEntry> matches = new ArrayList<>();
    EntryIndex entries = journal;
    if (entries == null && q.status() != EntryStatus.PENDING) { // the store keeps the journal and released entries
      boolean posted = q.status() == EntryStatus.POSTED;
      List<String> codes = posted && q.account().isPresent() ? postedAccounts(q) : null;
      Objects.requireNonNull(store).scan(q.status(), q.from().orElse(null), q.to().orElse(null), codes, p -> {
        if (matches(p, q) && (posted || q.account().isEmpty() || touchesAccount(p, q))) {
          matches.add(p);
        }
        return true;
      });
    } else if (q.status() == EntryStatus.POSTED) {
      if (q.account().isPresent()) {
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String code : postedAccounts(q)) {
          AccountState st = accounts.state(code);
          for (int k = 0; k < st.entryCount; k++) {
            indexes.add(st.entryRef(k));
          }
        }
        for (int i : indexes) {
          PostedEntry p = entries.get(i);
          if (matches(p, q)) {
            matches.add(p);
          }
        }
      } else {
        int n = entries.size();
        for (int i = 0; i < n; i++) {
          PostedEntry p = entries.get(i);
          if (matches(p, q)) {
            matches.add(p);
          }
        }
      }
    } else {
      Iterable<PostedEntry> source = q.status() == EntryStatus.PENDING ? reservations.open() : reservations.released(q.status());
      for (PostedEntry p : source) {
        if (matches(p, q) && (q.account().isEmpty() || touchesAccount(p, q))) {
          matches.add(p);
        }
      }
    }
    int fromIdx = Math.min(q.offset(), matches.size());
    int toIdx = Math.min(fromIdx + q.limit(), matches.size());
    return Page.of(matches.subList(fromIdx, toIdx), q.offset(), matches.size());
  }

  /** The accounts a search of posted entries covers: the query's account, which must exist, and its subtree if asked. */
  private List<String> postedAccounts(EntryQuery q) {
    accounts.chart().require(q.account().get());
    return queryAccounts(q);
  }

  /** The query's account, and its subtree if asked. */
  private List<String> queryAccounts(EntryQuery q) {
    ChartOfAccounts c = accounts.chart();
    return q.includeChildren() ? c.subtree(q.account().get()) : List.of(q.account().get());
  }

  private boolean touchesAccount(PostedEntry p, EntryQuery q) {
    List<String> codes = queryAccounts(q);
    return p.lines().stream().anyMatch(l -> codes.contains(l.account()));
  }

  private static boolean matches(PostedEntry p, EntryQuery q) {
    LocalDate d = p.date();
    if ((q.from().isPresent() && d.isBefore(q.from().get())) || (q.to().isPresent() && d.isAfter(q.to().get()))) {
      return false;
    }
    JournalEntry e = p.entry();
    if (q.documentNumber().isPresent()
        && (e.document().isEmpty() || !e.document().get().number().equals(q.documentNumber().get()))) {
      return false;
    }
    if (!q.dimensions().isEmpty() && e.lines().stream().noneMatch(l -> l.dimensions().matches(q.dimensions()))) {
      return false;
    }
    if (q.text().isPresent()) {
      String t = q.text().get().toLowerCase(Locale.ROOT);
      boolean hit = e.description().toLowerCase(Locale.ROOT).contains(t)
          || e.document().map(doc -> doc.number().toLowerCase(Locale.ROOT).contains(t)).orElse(false)
          || e.lines().stream().anyMatch(l -> l.memo().map(m -> m.toLowerCase(Locale.ROOT).contains(t)).orElse(false));
      if (!hit) {
        return false;
      }
    }
    return true;
  }
}
