package dev.backoffice.ledger.store.file;

import static dev.backoffice.ledger.store.file.StoreFixtures.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.period.PeriodChange;
import dev.backoffice.ledger.period.PeriodState;
import dev.backoffice.ledger.store.LedgerRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
  private static final Instant AT = Instant.parse("2025-03-04T05:06:07.123456789Z");

  static byte[] encode(LedgerRecord r) {
    ByteSink sink = new ByteSink(16);
    RecordCodec.encode(r, sink);
    return Arrays.copyOf(sink.array(), sink.size());
  }

  static LedgerRecord roundTrip(LedgerRecord r) {
    ByteSink sink = new ByteSink(16);
    int type = RecordCodec.encode(r, sink);
    return new RecordCodec().decode(type, sink.array(), 0, sink.size());
  }

  /** An entry using every optional field: foreign currency with cost and rate, dimensions, memo, document. */
  static PostedEntry fullEntry(EntryStatus status) {
    JournalEntry e = JournalEntry.builder()
        .id(EntryId.of("FV/7/2025"))
        .idempotencyKey(IdempotencyKey.of("pay-7781"))
        .date(LocalDate.of(2025, 3, 3))
        .document(DocumentRef.builder().type("FZ").number("FZ/12/03/2025").date(LocalDate.of(2025, 3, 1))
            .issuer("Dostawca Sp. z o.o. — Łódź").build())
        .description("Zakup usług za granicą, kurs NBP z dnia poprzedzającego")
        .adjusting(true)
        .reversalOf(EntryId.of("FV/6/2025"))
        .addLines(JournalLine.builder().account("402").side(Side.DEBIT).amount(Monies.of("EUR", "100.00"))
                .cost(pln("432.10")).rate(new BigDecimal("4.3210"))
                .dimensions(Dimensions.of(Dimension.COST_CENTRE, "MPK-01", Dimension.PROJECT, "ERP wdrożenie"))
                .memo("usługa doradcza — żółć").build(),
            JournalLine.credit("202", pln("432.10")),
            JournalLine.debit("201", pln("-5.00")), // a red storno line
            JournalLine.credit("201", pln("-5.00")))
        .build();
    return PostedEntry.of(EntryId.of("FV/7/2025"), status == EntryStatus.POSTED ? 42 : 0, AT, e, status,
        status == EntryStatus.PENDING ? Optional.of(AT.plusSeconds(3600)) : Optional.empty(),
        ImmutableList.of(PostingWarning.of("budget", "Budżet MPK-01 przekroczony o 32.10 PLN")));
  }

  @Test
  void everyRecordTypeRoundTripsWithEveryOptionalField() {
    Account account = Account.builder().code("130-001").name("Rachunek bieżący PKO — PLN").type(AccountType.ASSET)
        .normalBalance(Side.CREDIT).parent("130").addAllowedCurrencies(Monies.PLN, Monies.EUR).blocked(true)
        .leafOnly(true).constraint(BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS).overdraftLimit(pln("5000.00"))
        .addRequiredDimensions(Dimension.COST_CENTRE, Dimension.of("branch")).build();
    PeriodChange change = PeriodChange.of(AccountingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)),
        PeriodState.CLOSED, PeriodState.OPEN, Optional.of("korekta po badaniu biegłego rewidenta"), AT);
    Instant before1970 = Instant.parse("1969-12-31T23:59:59.999999999Z");
    List<LedgerRecord> records = List.of(
        new LedgerRecord.EntryPosted(fullEntry(EntryStatus.POSTED)),
        new LedgerRecord.EntryReserved(fullEntry(EntryStatus.PENDING)),
        new LedgerRecord.ReservationCommitted(fullEntry(EntryStatus.POSTED)),
        new LedgerRecord.ReservationVoided(EntryId.of("R-1"), before1970),
        new LedgerRecord.ReservationExpired(EntryId.of("R-2"), AT),
        new LedgerRecord.PeriodChanged(change),
        new LedgerRecord.AccountSaved(account, AT),
        new LedgerRecord.AccountDeleted("140", AT));
    for (LedgerRecord r : records) {
      assertThat(roundTrip(r)).as(r.getClass().getSimpleName()).isEqualTo(r);
    }
  }

  @Test
  void anIdTheLedgerNumberedIsWrittenAsTheSameBytesAsItsTextAndReadBackEqual() {
    for (String text : new String[] {"E1", "E9", "E10", "E99", "E100", "E123456", "E2147483646", "E0012", "FV/7"}) {
      ByteSink fromNumber = new ByteSink(4);
      RecordCodec.id(EntryId.of(text), fromNumber);
      ByteSink fromText = new ByteSink(4);
      RecordCodec.str(text, fromText);
      assertThat(Arrays.copyOf(fromNumber.array(), fromNumber.size())).as(text)
          .isEqualTo(Arrays.copyOf(fromText.array(), fromText.size()));
      LedgerRecord r = new LedgerRecord.ReservationVoided(EntryId.of(text), AT);
      assertThat(roundTrip(r)).as(text).isEqualTo(r);
    }
    assertThat(EntryId.of("E2147483646").number()).isEqualTo(2_147_483_646L);
  }

  @Test
  void minimalRecordsRoundTrip() {
    PostedEntry plain = PostedEntry.of(EntryId.of("E1"), 1, Instant.EPOCH, JournalEntry.builder()
        .date(LocalDate.of(2025, 1, 2)).addLines(JournalLine.debit("201", pln("1.00")), JournalLine.credit("700", pln("1.00")))
        .build(), EntryStatus.POSTED, Optional.empty(), ImmutableList.of());
    assertThat(roundTrip(new LedgerRecord.EntryPosted(plain))).isEqualTo(new LedgerRecord.EntryPosted(plain));
    LedgerRecord account = new LedgerRecord.AccountSaved(Account.of("700", "Sprzedaż", AccountType.REVENUE), AT);
    assertThat(roundTrip(account)).isEqualTo(account);
  }

  @Test
  void amountsOfEveryScaleRoundTrip() {
    List<Money> amounts = List.of(Monies.of("JPY", "12345"), Monies.of("KWD", "1.234"), Monies.of("PLN", "-0.01"),
        Money.zero(Monies.EUR), Money.ofMinor(Monies.PLN, Long.MAX_VALUE / 4));
    for (Money m : amounts) {
      PostedEntry p = PostedEntry.of(EntryId.of("E1"), 1, AT, JournalEntry.builder().date(LocalDate.of(2025, 1, 2))
          .addLines(JournalLine.debit("201", m), JournalLine.credit("700", m)).build(), EntryStatus.POSTED,
          Optional.empty(), ImmutableList.of());
      assertThat(roundTrip(new LedgerRecord.EntryPosted(p))).as(m.toString()).isEqualTo(new LedgerRecord.EntryPosted(p));
    }
  }

  @Test
  void anAmountBeyondALongOfMinorUnitsRoundTrips() {
    // an overdraft limit is not summed as minor units, so it may exceed a long: 1.2e25 grosze takes the escape
    Money huge = Money.of(Monies.PLN, new BigDecimal("123456789012345678901234.56"));
    LedgerRecord r = new LedgerRecord.AccountSaved(Account.builder().code("130").name("Bank").type(AccountType.ASSET)
        .overdraftLimit(huge).build(), AT);
    assertThat(roundTrip(r)).isEqualTo(r);
    // FORMAT.md: the escape is zigzag(Long.MIN_VALUE) = 2^64 - 1, ten bytes FF … FF 01
    byte[] escape = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
        (byte) 0xFF, (byte) 0xFF, 0x01};
    assertThat(StoreFixtures.indexOf(encode(r), escape, 0)).isPositive();
  }

  @Test
  void aLineIsEncodedAsFormatMdShows() {
    PostedEntry p = PostedEntry.of(EntryId.of("E1"), 1, AT, JournalEntry.builder().date(LocalDate.of(2025, 1, 2))
        .addLines(JournalLine.debit("201", pln("123.00")), JournalLine.credit("700", pln("123.00"))).build(),
        EntryStatus.POSTED, Optional.empty(), ImmutableList.of());
    // FORMAT.md: flags 00 (debit), "201" as str 03 32 30 31, PLN 50 4C 4E, 12300 grosze → zigzag 24600 → 98 C0 01
    byte[] line = {0x00, 0x03, 0x32, 0x30, 0x31, 0x50, 0x4C, 0x4E, (byte) 0x98, (byte) 0xC0, 0x01};
    // the credit line: flags 01, "700", PLN, the same amount
    byte[] credit = {0x01, 0x03, 0x37, 0x30, 0x30, 0x50, 0x4C, 0x4E, (byte) 0x98, (byte) 0xC0, 0x01};
    byte[] payload = encode(new LedgerRecord.EntryPosted(p));
    int at = StoreFixtures.indexOf(payload, line, 0);
    assertThat(at).isPositive();
    assertThat(StoreFixtures.indexOf(payload, credit, at)).isEqualTo(at + line.length);
  }

  @Test
  void textOutsideTheBasicPlaneAndLoneSurrogatesRoundTrip() {
    for (String code : List.of("Konto 😀 zł", "lone \uD800 high", "lone \uDC00 low", "reversed \uDC00\uD800", "ASCII")) {
      LedgerRecord r = new LedgerRecord.AccountDeleted(code, AT);
      assertThat(roundTrip(r)).as(code).isEqualTo(r);
    }
    // "zł" is 7A C5 82 in UTF-8; the emoji U+1F600 is F0 9F 98 80
    byte[] payload = encode(new LedgerRecord.AccountDeleted("zł😀", AT));
    assertThat(Arrays.copyOfRange(payload, 0, 8)).containsExactly(0x07, 0x7A, 0xC5, 0x82, 0xF0, 0x9F, 0x98, 0x80);
  }

  @Test
  void malformedUtf8IsRefused() {
    byte[] cut = {0x02, (byte) 0xC5, 0x41, 0x00, 0x00}; // C5 needs a continuation byte, 41 is none
    assertThatThrownBy(() -> new RecordCodec().decode(RecordCodec.ACCOUNT_DELETED, cut, 0, cut.length))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut short");
  }

  @Test
  void enumCodesAreFixedAndDistinct() {
    assertCodes(EntryStatus.values(), RecordCodec::statusCode, 1, 2, 3, 4);
    assertCodes(AccountType.values(), RecordCodec::typeCode, 1, 2, 3, 4, 5, 6);
    assertCodes(BalanceConstraint.values(), RecordCodec::constraintCode, 0, 1, 2);
    assertCodes(PeriodState.values(), RecordCodec::periodCode, 1, 2, 3);
  }

  private static <E extends Enum<E>> void assertCodes(E[] values, ToIntFunction<E> code, int... expected) {
    Set<Integer> seen = new HashSet<>();
    int[] codes = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      codes[i] = code.applyAsInt(values[i]);
      assertThat(seen.add(codes[i])).as("code of " + values[i] + " is unique").isTrue();
    }
    assertThat(codes).as("codes in declaration order, as FORMAT.md lists them").containsExactly(expected);
  }

  @Test
  void anUnknownRecordTypeIsRefused() {
    assertThatThrownBy(() -> new RecordCodec().decode(9, new byte[0], 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown record type 9");
  }

  @Test
  void leftoverOrMissingBytesAreRefused() {
    byte[] payload = encode(new LedgerRecord.AccountDeleted("140", AT));
    byte[] longer = Arrays.copyOf(payload, payload.length + 1);
    assertThatThrownBy(() -> new RecordCodec().decode(RecordCodec.ACCOUNT_DELETED, longer, 0, longer.length))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 unread bytes");
    assertThatThrownBy(() -> new RecordCodec().decode(RecordCodec.ACCOUNT_DELETED, payload, 0, payload.length - 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends early");
  }

  @Test
  void anUnknownFlagIsRefusedAsANewerVersionsFeature() {
    PeriodChange change = PeriodChange.of(AccountingPeriod.parse("2025-01"), PeriodState.OPEN, PeriodState.CLOSED,
        Optional.empty(), Instant.EPOCH);
    byte[] payload = encode(new LedgerRecord.PeriodChanged(change));
    // FORMAT.md: … from, to, flags, instant; Instant.EPOCH is zigzag 0 (00) and nanos 0 (00): flags is third from the end
    assertThat(payload[payload.length - 3]).isZero();
    payload[payload.length - 3] = 0x02;
    assertThatThrownBy(() -> new RecordCodec().decode(RecordCodec.PERIOD_CHANGED, payload, 0, payload.length))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown flags 10");
  }

  @Test
  void anAccountCodeIsSharedBetweenDecodedRecords() {
    RecordCodec codec = new RecordCodec();
    byte[] payload = encode(new LedgerRecord.AccountDeleted("201-001", AT));
    LedgerRecord.AccountDeleted a = (LedgerRecord.AccountDeleted) codec.decode(RecordCodec.ACCOUNT_DELETED, payload, 0, payload.length);
    LedgerRecord.AccountDeleted b = (LedgerRecord.AccountDeleted) codec.decode(RecordCodec.ACCOUNT_DELETED, payload, 0, payload.length);
    assertThat(a.code()).isSameAs(b.code());
  }

  @Test
  void currencyCodesAreThreeBytes() {
    LedgerRecord r = new LedgerRecord.AccountSaved(Account.builder().code("1").name("x").type(AccountType.ASSET)
        .addAllowedCurrencies(CurrencyUnit.of("CHF")).build(), AT);
    assertThat(StoreFixtures.indexOf(encode(r), new byte[] {0x01, 'C', 'H', 'F', 0x00}, 0)).isPositive();
  }
}
