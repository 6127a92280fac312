package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.MPK01;
import static dev.backoffice.ledger.budget.BudgetFixture.month;
import static dev.backoffice.ledger.budget.BudgetFixture.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.guard.GuardRecord;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.file.RecordBytes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every budget record type survives the way to the store and back: its fields (FORMAT.md, "Budget records"), the
 * guard record around them, and the file store's binary encoding (RecordCodec, type 10), which the database store
 * keeps as the body of {@code ledger_record}.
 */
class BudgetRecordsTest {
  private static final Instant AT = Instant.parse("2025-06-15T10:00:00.123456789Z");

  /** A budget using every optional part: own rules and carry-forward on a line, ranges, prefixes, tolerances. */
  static Budget everything() {
    FiscalYear fy = FiscalYear.ofTwelveMonths(YearMonth.of(2025, 4)); // April to March: not a calendar year
    List<org.joda.money.Money> amounts = Phasing.equal().spread(pln("1200.00"), fy);
    return Budget.builder().id("OPEX-2025/26").name("OPEX ł€").fiscalYear(fy).version(BudgetVersion.APPROVED)
        .scenario("OPTIMISTIC")
        .addRules(ControlRule.stop(ControlScope.ANNUAL).withTolerancePercent(Rate.ofPercent("5")),
            ControlRule.warn(ControlScope.MONTHLY_ACCUMULATED).onlyFor(ControlTarget.ACTUALS)
                .withToleranceAmount(pln("-10.00")))
        .carryForward(CarryForwardRule.unused().withCapPercent(Rate.ofPercent("12.5")).withCapAmount(pln("99.99")))
        .addLines(BudgetLine.builder().id("402/MPK-01").accounts(AccountSelector.account("402"))
                .dimensions(Dimensions.of(Dimension.COST_CENTRE, "MPK-01", Dimension.of("project"), "P 7")).amounts(amounts)
                .addRules(ControlRule.ignore()).carryForward(CarryForwardRule.none()).description("usługi\nobce")
                .build(),
            BudgetLine.builder().id("40x").accounts(AccountSelector.range("400", "409")).amounts(amounts).build(),
            BudgetLine.builder().id("5").accounts(AccountSelector.prefix("5")).amounts(amounts).description("").build())
        .build();
  }

  static Commitment order() {
    return Commitment.builder().id("ZZ/2025/017").account("402").dimensions(MPK01).date(LocalDate.of(2025, 3, 10))
        .amount(pln("8000.00")).document(DocumentRef.builder().type("ZZ").number("2025/017")
            .date(LocalDate.of(2025, 3, 1)).issuer("Dział zakupów").build())
        .description("Serwis klimatyzacji").build();
  }

  static List<BudgetRecords.Stored> everyType() {
    BudgetRevision transfer = BudgetRevision.builder().sequence(7).kind(RevisionKind.TRANSFER)
        .addChanges(BudgetChange.of("OPEX-2025", "402/MPK-01", month(3), pln("-250.50")),
            BudgetChange.of("OPEX-2025", "403", AccountingPeriod.ofMonth(YearMonth.of(2025, 4)), pln("250.50")))
        .amount(pln("250.50")).reason("przesunięcie").recordedAt(AT).build();
    return List.of(
        new BudgetRecords.Registered(everything()),
        new BudgetRecords.Replaced(BudgetFixture.opex(BudgetVersion.DRAFT)),
        new BudgetRecords.Removed("OPEX-2025"),
        new BudgetRecords.Approved("OPEX-2025"),
        new BudgetRecords.Revised(transfer),
        new BudgetRecords.CarriedForward("OPEX-2025", "OPEX-2026"),
        new BudgetRecords.CommitmentMade(order(), 70_000, -1_50,
            ImmutableList.of(PostingWarning.of("budget", "commitment ZZ/2025/017: over by 1.00 PLN"))),
        new BudgetRecords.CommitmentMade(Commitment.builder().id("ZZ/1").account("402").date(LocalDate.of(2025, 1, 2))
            .amount(pln("0.01")).build(), 0, 0, ImmutableList.of()),
        new BudgetRecords.CommitmentReleased("ZZ/2025/017", pln("1999.99"), "zamówienie anulowane w części"));
  }

  @Test
  void everyTypeRoundTripsThroughTheFileStoresEncoding() {
    RecordBytes reader = RecordBytes.reader();
    for (BudgetRecords.Stored r : everyType()) {
      GuardRecord g = r.toGuardRecord(BudgetControl.RECORD_NAME, AT);
      assertThat(g.guard()).isEqualTo("budget");
      assertThat(g.type()).isEqualTo(r.type());
      byte[] bytes = RecordBytes.encode(new LedgerRecord.GuardRecorded(g));
      assertThat(bytes[0]).as("FORMAT.md: record type 10").isEqualTo((byte) 10);
      LedgerRecord back = reader.decode(bytes);
      assertThat(back).isEqualTo(new LedgerRecord.GuardRecorded(g));
      assertThat(BudgetRecords.of(((LedgerRecord.GuardRecorded) back).record())).as(r.type()).isEqualTo(r);
    }
  }

  @Test
  void theFieldsAreTheDocumentedOnes() {
    // FORMAT.md, "Budget records": commitment-released = commitment id, money amount, reason
    GuardRecord g = new BudgetRecords.CommitmentReleased("ZZ/1", pln("12.30"), "why").toGuardRecord("budget", AT);
    assertThat(g.fields()).containsExactly("ZZ/1", "PLN 12.30", "why");
    // budget-revised: sequence, kind, n changes × (budget, line, period start, end, money), amount, reason, instant
    BudgetRevision r = BudgetRevision.builder().sequence(3).kind(RevisionKind.SUPPLEMENT)
        .addChanges(BudgetChange.of("B", "L", month(2), pln("5.00"))).amount(pln("5.00")).reason("r")
        .recordedAt(Instant.parse("2025-02-03T04:05:06Z")).build();
    assertThat(new BudgetRecords.Revised(r).toGuardRecord("budget", AT).fields()).containsExactly("3", "SUPPLEMENT",
        "1", "B", "L", "2025-02-01", "2025-02-28", "PLN 5.00", "PLN 5.00", "r", "2025-02-03T04:05:06Z");
  }

  @Test
  void aMalformedRecordIsRefusedNamingItsField() {
    GuardRecord unknown = GuardRecord.of("budget", "budget-exploded", AT, List.of());
    assertThatThrownBy(() -> BudgetRecords.of(unknown)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("budget-exploded");
    GuardRecord shortOne = GuardRecord.of("budget", "commitment-released", AT, List.of("ZZ/1", "PLN 12.30"));
    assertThatThrownBy(() -> BudgetRecords.of(shortOne)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("ends early");
    GuardRecord longer = GuardRecord.of("budget", "budget-approved", AT, List.of("OPEX-2025", "extra"));
    assertThatThrownBy(() -> BudgetRecords.of(longer)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("1 left over");
    GuardRecord badMoney = GuardRecord.of("budget", "commitment-released", AT, List.of("ZZ/1", "12.30 PLN", "why"));
    assertThatThrownBy(() -> BudgetRecords.of(badMoney)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("field 2").hasMessageContaining("12.30 PLN");
  }

  @Test
  void theControlsGuardKeepsItsRecordsUnderTheNameBudget() {
    assertThat(BudgetControl.create().guard().recordName()).contains("budget");
  }
}
