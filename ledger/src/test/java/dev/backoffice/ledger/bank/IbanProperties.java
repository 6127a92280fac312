package dev.backoffice.ledger.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IbanProperties {

  /** ISO 13616 check digits computed independently with BigInteger: 98 - (BBAN + "PL" as 2521 + "00") mod 97. */
  static String nrbOf(String bban24) {
    int check = 98 - new BigInteger(bban24 + "252100").mod(BigInteger.valueOf(97)).intValue();
    return String.format("%02d", check) + bban24;
  }

  @Provide
  Arbitrary<String> bbans() {
    return Arbitraries.strings().numeric().ofLength(24);
  }

  @Property
  void every_nrb_with_iso_check_digits_is_accepted(@ForAll("bbans") String bban) {
    String nrb = nrbOf(bban);
    assertThat(Iban.isValid(nrb)).isTrue();
    assertThat(Iban.parse(nrb).nrb()).isEqualTo(nrb);
  }

  @Property
  void changing_one_digit_is_always_detected(@ForAll("bbans") String bban, @ForAll @IntRange(min = 0, max = 25) int at,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    char[] nrb = nrbOf(bban).toCharArray();
    nrb[at] = (char) ('0' + (nrb[at] - '0' + delta) % 10);
    assertThat(Iban.isValid(new String(nrb))).isFalse();
  }
}
