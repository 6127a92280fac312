package dev.backoffice.ledger.store.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.testing.CoreArbitraries;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.store.LedgerRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.Money;

/** Invariants of the record codec: every record the ledger can make survives encoding, and bad bytes are refused. */
class RecordCodecProperties {
  @Property(tries = 300)
  void everyPostedEntryRoundTrips(@ForAll("entries") PostedEntry entry, @ForAll @IntRange(min = 1, max = 3) int kind) {
    LedgerRecord r = kind == 1 ? new LedgerRecord.EntryPosted(entry)
        : kind == 2 ? new LedgerRecord.EntryReserved(entry) : new LedgerRecord.ReservationCommitted(entry);
    assertThat(RecordCodecTest.roundTrip(r)).isEqualTo(r);
  }

  @Property(tries = 500)
  void everyJavaStringRoundTrips(@ForAll String text) {
    ByteSink sink = new ByteSink(4);
    RecordCodec.str(text, sink);
    LedgerRecord r = new RecordCodec().decode(RecordCodec.ACCOUNT_DELETED, withInstant(sink), 0, sink.size());
    assertThat(((LedgerRecord.AccountDeleted) r).code()).isEqualTo(text);
  }

  /**
   * Text is written as its length then standard UTF-8, whatever its length (around the 128 and 16,384 bytes
   * where the length needs a second and third byte) and mix of 1-, 2-, 3- and 4-byte characters.
   */
  @Property(tries = 500)
  void textIsWrittenAsItsLengthThenUtf8(@ForAll("texts") String text) {
    ByteSink sink = new ByteSink(4);
    sink.u8(0x55); // something before it, which must stay
    RecordCodec.str(text, sink);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    ByteSink expected = new ByteSink(4);
    expected.u8(0x55);
    expected.varlong(utf8.length);
    expected.bytes(utf8, 0, utf8.length);
    assertThat(Arrays.copyOf(sink.array(), sink.size())).isEqualTo(Arrays.copyOf(expected.array(), expected.size()));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("a", "Z", "ż", "ó", "€", "漢", "😀", " ", "7");
    return Arbitraries.integers().between(0, 6000)
        .flatMap(n -> pieces.list().ofSize(n).map(l -> String.join("", l)));
  }

  /** The payload of an AccountDeleted: the code already in the sink, then Instant.EPOCH (two zero bytes). */
  private static byte[] withInstant(ByteSink sink) {
    sink.u8(0);
    sink.u8(0);
    return sink.array();
  }

  /**
   * Damaged payloads (the checksum is what normally catches them) are refused with a clear exception, never an
   * out-of-bounds read, a huge allocation or a hang.
   */
  @Property(tries = 500)
  void damagedPayloadsAreRefusedCleanly(@ForAll("entries") PostedEntry entry, @ForAll @Size(min = 1, max = 4) List<@IntRange(
      min = 0, max = 10_000) Integer> positions, @ForAll byte value) {
    byte[] payload = RecordCodecTest.encode(new LedgerRecord.EntryPosted(entry));
    for (int p : positions) {
      payload[p % payload.length] = value;
    }
    try {
      new RecordCodec().decode(RecordCodec.ENTRY_POSTED, payload, 0, payload.length);
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException | BackOfficeException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<PostedEntry> entries() {
    Arbitrary<JournalLine> foreign = Combinators.combine(CoreArbitraries.money(org.joda.money.CurrencyUnit.EUR,
            new BigDecimal("0.01"), new BigDecimal("1000000")), Arbitraries.bigDecimals().between(new BigDecimal("0.0001"),
            new BigDecimal("10")).ofScale(4), CoreArbitraries.dimensions(), Arbitraries.strings().ofMaxLength(40).injectNull(0.5))
        .as((amount, rate, dims, memo) -> {
          var b = JournalLine.builder().account("402").side(Side.DEBIT).amount(amount)
              .cost(Money.of(dev.backoffice.core.money.Monies.PLN, amount.getAmount().multiply(rate),
                  java.math.RoundingMode.HALF_UP))
              .rate(rate).dimensions(dims);
          if (memo != null) {
            b.memo(memo);
          }
          return b.build();
        });
    Arbitrary<Money> amounts = CoreArbitraries.plnMoney();
    Arbitrary<JournalEntry> journalEntries = Combinators.combine(CoreArbitraries.dates(), amounts, foreign.injectNull(0.5),
            CoreArbitraries.documentRefs().injectNull(0.5), CoreArbitraries.idempotencyKeys().injectNull(0.5),
            Arbitraries.strings().ofMaxLength(80), Arbitraries.of(true, false))
        .as((date, amount, fx, doc, key, description, adjusting) -> {
          ImmutableJournalEntry.Builder b = JournalEntry.builder().date(date).description(description).adjusting(adjusting)
              .addLines(JournalLine.debit("201", amount), JournalLine.credit("700", amount));
          if (fx != null) {
            b.addLines(fx, JournalLine.credit("202", fx.cost().orElseThrow()));
          }
          if (doc != null) {
            b.document(doc);
          }
          if (key != null) {
            b.idempotencyKey(key);
          }
          return b.build();
        });
    Arbitrary<Instant> instants = Arbitraries.longs().between(-4_000_000_000L, 4_000_000_000L)
        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    Arbitrary<List<PostingWarning>> warnings = Combinators.combine(Arbitraries.of("budget", "limit"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(60)).as(PostingWarning::of).list().ofMaxSize(2);
    return Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').withChars("-/0123456789ąęł")
            .ofMinLength(1).ofMaxLength(20), Arbitraries.longs().between(0, Long.MAX_VALUE), instants, journalEntries,
            Arbitraries.of(EntryStatus.class), instants.injectNull(0.5), warnings)
        .as((id, seq, at, e, status, expires, ws) -> PostedEntry.of(EntryId.of(id), seq, at, e, status,
            Optional.ofNullable(expires), new ArrayList<>(ws)));
  }
}
