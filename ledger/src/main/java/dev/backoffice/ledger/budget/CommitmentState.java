package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.entry.PostingWarning;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The live figures of a registered commitment, in minor units, plus scratch deltas. Guarded by the control's lock. */
final class CommitmentState {
  final Commitment commitment;
  final long amount;
  long posted;
  long pending;
  long released;
  boolean registered;
  ImmutableList<PostingWarning> warnings = ImmutableList.of();

  long mark;
  long dPosted;
  long dPending;
  long dReleased;
  boolean registering;

  CommitmentState(Commitment commitment) {
    this.commitment = commitment;
    this.amount = commitment.amount().getAmountMinorLong();
  }

  void reset(long newMark) {
    mark = newMark;
    dPosted = 0;
    dPending = 0;
    dReleased = 0;
    registering = false;
  }

  long open() {
    return openReleasing(0);
  }

  /** What is open once {@code minor} more is released. */
  private long openReleasing(long minor) {
    return registered ? Math.max(0, amount - (released + minor) - posted - pending) : 0;
  }

  long openAfter() {
    return registered || registering
        ? Math.max(0, amount - (released + dReleased) - (posted + dPosted) - (pending + dPending)) : 0;
  }

  void apply() {
    posted += dPosted;
    pending += dPending;
    released += dReleased;
    registered |= registering;
  }

  CommitmentStatus status() {
    return statusReleasing(0);
  }

  /** The status once {@code minor} more is released (a release returns it before its record is applied). */
  CommitmentStatus statusReleasing(long minor) {
    CurrencyUnit cu = commitment.amount().getCurrencyUnit();
    return CommitmentStatus.builder().commitment(commitment).consumed(Money.ofMinor(cu, posted))
        .consumedPending(Money.ofMinor(cu, pending)).released(Money.ofMinor(cu, released + minor))
        .open(Money.ofMinor(cu, openReleasing(minor))).warnings(warnings).build();
  }
}
