package dev.backoffice.ledger.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.ledger.guard.GuardRecord;
import dev.backoffice.ledger.store.LedgerRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the codec for guard records (FORMAT.md, record type 10): any guard record — any strings as fields,
 * any instant — survives encoding, and a payload cut short or followed by more bytes is refused.
 */
class GuardRecordCodecProperties {
  @Provide
  Arbitrary<GuardRecord> records() {
    Arbitrary<String> name = Arbitraries.strings().ofMinLength(1).ofMaxLength(GuardRecord.MAX_NAME)
        .filter(s -> !s.isBlank());
    Arbitrary<Instant> at = Combinators.combine(Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L),
        Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    Arbitrary<List<String>> fields = Arbitraries.strings().ofMaxLength(300).list().ofMaxSize(40);
    return Combinators.combine(name, name, at, fields).as(GuardRecord::of);
  }

  @Property(tries = 500)
  void everyGuardRecordRoundTrips(@ForAll("records") GuardRecord g) {
    LedgerRecord r = new LedgerRecord.GuardRecorded(g);
    assertThat(RecordCodecTest.roundTrip(r)).isEqualTo(r);
    byte[] bytes = RecordBytes.encode(r);
    assertThat(bytes[0]).isEqualTo((byte) RecordCodec.GUARD_RECORDED);
    assertThat(RecordBytes.reader().decode(bytes)).isEqualTo(r);
  }

  @Property(tries = 300)
  void aPayloadCutShortOrTooLongIsRefused(@ForAll("records") GuardRecord g) {
    byte[] bytes = RecordBytes.encode(new LedgerRecord.GuardRecorded(g));
    byte[] shorter = Arrays.copyOf(bytes, bytes.length - 1);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> RecordBytes.reader().decode(shorter)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordBytes.reader().decode(longer)).isInstanceOf(IllegalArgumentException.class);
  }
}
