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
  private BudgetRecords() {}

  /** One record. */
  sealed interface Stored {
    /** The record's type name in the store. */
    String type();

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
      case Registered.TYPE:
        r = new Registered(in.budget());
        break;
      case Replaced.TYPE:
        r = new Replaced(in.budget());
        break;
      case Removed.TYPE:
        r = new Removed(in.str());
        break;
      case Approved.TYPE:
        r = new Approved(in.str());
        break;
      case Revised.TYPE:
        r = new Revised(in.revision());
        break;
      case CarriedForward.TYPE:
        r = new CarriedForward(in.str(), in.str());
        break;
      case CommitmentMade.TYPE:
        r = new CommitmentMade(in.commitment(), in.num(), in.num(), in.warnings());
        break;
      case CommitmentReleased.TYPE:
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
    static final String TYPE = "budget-registered";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.budget(budget);
    }
  }

  /** A draft was replaced by a new version of it ({@link BudgetControl#replaceDraft}). */
  record Replaced(Budget budget) implements Stored {
    static final String TYPE = "budget-replaced";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.budget(budget);
    }
  }

  /** A draft was removed ({@link BudgetControl#removeDraft}). */
  record Removed(String budgetId) implements Stored {
    static final String TYPE = "budget-removed";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.str(budgetId);
    }
  }

  /** A draft was approved ({@link BudgetControl#approve}). */
  record Approved(String budgetId) implements Stored {
    static final String TYPE = "budget-approved";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.str(budgetId);
    }
  }

  /** A revision changed one or two budgets' amounts (supplement, reduction, transfer, one line carried forward). */
  record Revised(BudgetRevision revision) implements Stored {
    static final String TYPE = "budget-revised";

    @Override
    public String type() {
      return TYPE;
    }

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
    static final String TYPE = "budget-carried-forward";

    @Override
    public String type() {
      return TYPE;
    }

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
    static final String TYPE = "commitment-made";

    @Override
    public String type() {
      return TYPE;
    }

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
    static final String TYPE = "commitment-released";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void write(BudgetRecordCodec.Writer out) {
      out.str(commitmentId);
      out.money(amount);
      out.str(reason);
    }
  }
}
