package dev.backoffice.ledger.settlement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.entry.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.joda.money.Money;

/** One item while the journal is replayed: its running figures and a snapshot after every movement. */
final class ItemState {
  /** The item after one movement: what an as-of query needs. */
  record Snapshot(Movement movement, Money amount, Money carried, LocalDate date, LocalDate due, Side side) {}

  final ItemKey key;
  final List<Snapshot> snapshots = new ArrayList<>(2);
  Money amount;
  Money open;
  Money baseOpen;
  Money carried;
  @Nullable Side side;
  @Nullable LocalDate date;
  @Nullable LocalDate due;
  Optional<String> partnerName = Optional.empty();
  Optional<String> iban = Optional.empty();
  boolean splitPayment;
  Optional<Money> vat = Optional.empty();

  ItemState(ItemKey key, Money zeroBase) {
    this.key = key;
    this.amount = Money.zero(key.currency());
    this.open = amount;
    this.baseOpen = zeroBase;
    this.carried = zeroBase;
  }

  void record(Movement m) {
    snapshots.add(new Snapshot(m, amount, carried, date, due, side));
  }

  /** The index of the last snapshot dated on or before a day, or -1. Snapshots are in date order. */
  int lastOnOrBefore(LocalDate asOf) {
    int lo = 0;
    int hi = snapshots.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (!snapshots.get(mid).movement().date().isAfter(asOf)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The item as of a day, or null when it had no posting yet. */
  @Nullable OpenItem asOf(LocalDate day) {
    int i = lastOnOrBefore(day);
    if (i < 0) {
      return null;
    }
    Snapshot s = snapshots.get(i);
    ImmutableList.Builder<Movement> history = ImmutableList.builderWithExpectedSize(i + 1);
    for (int k = 0; k <= i; k++) {
      history.add(snapshots.get(k).movement());
    }
    return OpenItem.builder().account(key.account()).partner(key.partner()).document(key.document())
        .currency(key.currency()).side(s.side()).date(s.date()).due(s.due()).amount(s.amount())
        .open(s.movement().openAfter()).baseOpen(s.movement().baseOpenAfter()).carriedBase(s.carried())
        .partnerName(partnerName).iban(iban).splitPayment(splitPayment).vat(vat).history(history.build()).build();
  }

  /** Whether the item is open (amount or base value) as of a day, without building it. */
  boolean isOpenOn(LocalDate day) {
    int i = lastOnOrBefore(day);
    if (i < 0) {
      return false;
    }
    Movement m = snapshots.get(i).movement();
    return !m.openAfter().isZero() || !m.baseOpenAfter().isZero();
  }
}
