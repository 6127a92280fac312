package dev.backoffice.ledger;

import org.jspecify.annotations.Nullable;

/**
 * The ledger's account states by code: open addressing with linear probing over one array of states, each
 * holding its code and the code's hash. A lookup touches the slot and the state it finds (which the caller
 * needs anyway), where a {@code HashMap} also goes through a node. Not thread-safe: the ledger guards it with
 * its lock.
 */
final class AccountIndex {
  private AccountState[] table = new AccountState[64];
  private int shift = Integer.SIZE - 6;
  private int size;

  /** Fibonacci hashing: the top bits of the product spread codes that differ in their last characters. */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  @Nullable AccountState get(String code) {
    return get(code, code.hashCode());
  }

  /** The state of a code whose {@code hashCode()} the caller has already read. */
  @Nullable AccountState get(String code, int h) {
    AccountState[] t = table;
    int mask = t.length - 1;
    for (int i = slot(h);; i = (i + 1) & mask) {
      AccountState st = t[i];
      if (st == null) {
        return null;
      }
      if (st.hash == h && (st.code == code || st.code.equals(code))) {
        return st;
      }
    }
  }

  /** Adds a state; its code must not be present. */
  void add(AccountState st) {
    if (2 * (size + 1) > table.length) {
      AccountState[] old = table;
      table = new AccountState[old.length * 2];
      shift--;
      for (AccountState s : old) {
        if (s != null) {
          insert(s);
        }
      }
    }
    insert(st);
    size++;
  }

  private void insert(AccountState st) {
    int mask = table.length - 1;
    int i = slot(st.hash);
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = st;
  }

  /** Removes the state of a code, if present, shifting later states of its probe run back (no tombstones). */
  void remove(String code) {
    int h = code.hashCode();
    int mask = table.length - 1;
    int i = slot(h);
    while (true) {
      AccountState st = table[i];
      if (st == null) {
        return;
      }
      if (st.hash == h && st.code.equals(code)) {
        break;
      }
      i = (i + 1) & mask;
    }
    table[i] = null;
    size--;
    for (int j = (i + 1) & mask; table[j] != null; j = (j + 1) & mask) {
      int home = slot(table[j].hash);
      // the state at j may fill the hole at i unless its home lies cyclically in (i, j]
      boolean stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
      if (!stays) {
        table[i] = table[j];
        table[j] = null;
        i = j;
      }
    }
  }
}
