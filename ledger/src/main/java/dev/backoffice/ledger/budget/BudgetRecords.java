package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.guard.GuardRecord;
import java.time.Instant;
import org.joda.money.Money;

/**
 * The records of a {@link BudgetControl}'s changes as the ledger's store keeps them (each a {@link GuardRecord} of the
 * control's guard): replaying them in order rebuilds the same budgets, revisions and commitments
 * ({@link BudgetReplay}). Each type names itself in {@link GuardRecord#type()} and writes its content with
 * {@link BudgetRecordCodec}; the layout is in the file store's {@code FORMAT.md} ("Budget records").
 */
final class BudgetRecords {
  // the type names in the store (FORMAT.md, "Budget records")
  static final String REGISTERED = "budget-registered";
  static final String REPLACED = "budget-replaced";
  static final String REMOVED = "budget-removed";
  static final String APPROVED = "budget-approved";
  static final String REVISED = "budget-revised";
  static final String CARRIED_FORWARD = "budget-carried-forward";
  static final String COMMITMENT_MADE = "commitment-made";
  static final String COMMITMENT_RELEASED = "commitment-released";

  private BudgetRecords() {}

  /** One record. */
  sealed interface Stored {
    /** The record's type name in the store. */
    default String type() {
      return this instanceof Registered ? REGISTERED : this instanceof Replaced ? REPLACED
          : this instanceof Removed ? REMOVED : this instanceof Approved ? APPROVED
          : this instanceof Revised ? REVISED : this instanceof CarriedForward ? CARRIED_FORWARD
          : this instanceof CommitmentMade ? COMMITMENT_MADE : COMMITMENT_RELEASED;
    }

    /** Writes the record's fields. */
    void write(BudgetRecordCodec.Writer out);

    /** The record as the ledger's store keeps it. */
    default GuardRecord toGuardRecord(String guard, Instant at) {
      BudgetRecordCodec.Writer out = new BudgetRecordCodec.Writer();
      write(out);
      return GuardRecord.of(guard, type(), at, out.fields());
    }
  }

  /**
   * Reads a record back.
   *
   * @throws dev.backoffice.core.error.ValidationException if the type is unknown or the fields are not a valid
   *     record of it
   */
  static Stored of(GuardRecord record) {
    BudgetRecordCodec.Reader in = new BudgetRecordCodec.Reader(record);
    Stored r;
    switch (record.type()) {
      case REGISTERED:
        r = new Registered(in.budget());
        break;
      case REPLACED:
        r = new Replaced(in.budget());
        break;
      case REMOVED:
        r = new Removed(in.str());
        break;
      case APPROVED:
        r = new Approved(in.str());
        break;
      case REVISED:
        r = new Revised(in.revision());
        break;
      case CARRIED_FORWARD:
        r = new CarriedForward(in.str(), in.str());
        break;
      case COMMITMENT_MADE:
        r = new CommitmentMade(in.commitment(), in.num(), in.num(), in.warnings());
        break;
      case COMMITMENT_RELEASED:
        r = new CommitmentReleased(in.str(), in.money(), in.str());
        break;
      default:
        throw in.error("type", record.type(), "must be a budget record type this version knows");
    }
    in.end();
    return r;
  }

  /** A budget was registered ({@link BudgetControl#addBudget}), as a draft or approved. */
  record Registered(Budget budget) implements Stored {
    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.budget(budget);
    }
  }

  /** A draft was replaced by a new version of it ({@link BudgetControl#replaceDraft}). */
  record Replaced(Budget budget) implements Stored {
    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.budget(budget);
    }
  }

  /** A draft was removed ({@link BudgetControl#removeDraft}). */
  record Removed(String budgetId) implements Stored {
    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.str(budgetId);
    }
  }

  /** A draft was approved ({@link BudgetControl#approve}). */
  record Approved(String budgetId) implements Stored {
    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.str(budgetId);
    }
  }

  /** A revision changed one or two budgets' amounts (supplement, reduction, transfer, one line carried forward). */
  record Revised(BudgetRevision revision) implements Stored {
    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.revision(revision);
    }
  }

  /**
   * A budget was carried forward into the next year's: the last record of the group that holds one
   * {@link Revised} per line carried ({@link BudgetControl#carryForward}).
   */
  record CarriedForward(String fromBudgetId, String toBudgetId) implements Stored {
    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.str(fromBudgetId);
      out.str(toBudgetId);
    }
  }

  /**
   * A commitment was registered ({@link BudgetControl#commit}), with what postings and reservations had consumed
   * of it before (minor units) and the warnings its check raised.
   */
  record CommitmentMade(Commitment commitment, long consumedBefore, long pendingBefore,
      ImmutableList<PostingWarning> warnings) implements Stored {
    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.commitment(commitment);
      out.num(consumedBefore);
      out.num(pendingBefore);
      out.warnings(warnings);
    }
  }

  /** Part or the rest of a commitment was released ({@link BudgetControl#release}, {@link BudgetControl#close}). */
  record CommitmentReleased(String commitmentId, Money amount, String reason) implements Stored {
    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.str(commitmentId);
      out.money(amount);
      out.str(reason);
    }
  }
}
