package dev.backoffice.ledger.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.bank.Iban;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The flat-file white list on a small file built here with the Ministry's algorithm written out again: SHA-512 of
 * "YYYYMMDD" + NIP + NRB, then SHA-512 of the previous lower-case hex, rounds in all as the header says.
 */
class WhiteListTest {
  static final String DATE = "20250214";
  static final String ACTIVE_NIP = "5261040828";
  static final String EXEMPT_NIP = "1234563218"; // 6*1+5*2+7*3+2*4+3*5+4*6+5*3+6*2+7*1 = 118, 118 mod 11 = 8
  static final String ACTIVE_NRB = "27114020040000300201355387";
  static final String EXEMPT_NRB = "18102055610000310200035501";
  // a virtual account of ACTIVE_NIP: bank 10901014, the owner's part in the Y positions, the client's in X
  static final String MASK = "YY10901014YYYYXXXXXXXXXXXX";
  static final String VIRTUAL_NRB = "61109010140000071219812874";

  static String hash(String text, int rounds) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-512");
    String hex = text;
    for (int i = 0; i < rounds; i++) {
      hex = HexFormat.of().formatHex(sha.digest(hex.getBytes(StandardCharsets.UTF_8)));
    }
    return hex;
  }

  static String flatFile(int rounds) throws Exception {
    String maskedVirtual = "6110901014" + "0000" + "XXXXXXXXXXXX"; // VIRTUAL_NRB through MASK
    return "{\"naglowek\":{\"dataGenerowaniaDanych\":\"" + DATE + "\",\"liczbaTransformacji\":\"" + rounds + "\","
        + "\"schemat\":\"RRRRMMDDNNNNNNNNNNBBBBBBBBBBBBBBBBBBBBBBBBBB\"},"
        + "\"skrotyPodatnikowCzynnych\":[\"" + hash(DATE + ACTIVE_NIP + ACTIVE_NRB, rounds) + "\",\""
        + hash(DATE + ACTIVE_NIP + maskedVirtual, rounds) + "\"],"
        + "\"skrotyPodatnikowZwolnionych\":[\"" + hash(DATE + EXEMPT_NIP + EXEMPT_NRB, rounds).toUpperCase() + "\"],"
        + "\"maski\":[\"" + MASK + "\"]}";
  }

  static FlatFileWhiteList list(int rounds) throws Exception {
    return FlatFileWhiteList.read("20250214.json",
        new ByteArrayInputStream(flatFile(rounds).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void pairs_on_the_list_are_found_with_the_published_5000_rounds() throws Exception {
    FlatFileWhiteList list = list(5000);
    assertThat(list.date()).isEqualTo(LocalDate.of(2025, 2, 14));
    assertThat(list.transformations()).isEqualTo(5000);
    assertThat(list.check(ACTIVE_NIP, Iban.parse(ACTIVE_NRB))).isEqualTo(WhiteListStatus.ACTIVE);
    assertThat(list.check(EXEMPT_NIP, Iban.parse(EXEMPT_NRB))).isEqualTo(WhiteListStatus.EXEMPT);
    assertThat(list.check(EXEMPT_NIP, Iban.parse(ACTIVE_NRB))).isEqualTo(WhiteListStatus.NOT_LISTED);
    assertThat(list.check(ACTIVE_NIP, Iban.parse(VIRTUAL_NRB))).isEqualTo(WhiteListStatus.ACTIVE); // via the mask
  }

  @Test
  void the_number_of_rounds_matters() throws Exception {
    // hashes made with one round fewer than the header says are not found
    String file = flatFile(4).replace("\"liczbaTransformacji\":\"4\"", "\"liczbaTransformacji\":\"5\"");
    FlatFileWhiteList list = FlatFileWhiteList.read("f.json", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    assertThat(list.check(ACTIVE_NIP, Iban.parse(ACTIVE_NRB))).isEqualTo(WhiteListStatus.NOT_LISTED);
  }

  @Test
  void masks_keep_x_take_y_and_must_match_the_fixed_digits() {
    assertThat(FlatFileWhiteList.throughMask(MASK, VIRTUAL_NRB)).isEqualTo("61109010140000XXXXXXXXXXXX");
    assertThat(FlatFileWhiteList.throughMask(MASK, ACTIVE_NRB)).isNull(); // bank 11402004, not 10901014
  }

  @Test
  void a_malformed_file_is_refused_with_its_place() {
    assertThatThrownBy(() -> FlatFileWhiteList.read("bad.json", new ByteArrayInputStream(
        "{\"naglowek\":{\"dataGenerowaniaDanych\":\"20250214\",\"liczbaTransformacji\":\"x\"}}"
            .getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("bad.json:1:")
        .hasMessageContaining("naglowek.liczbaTransformacji = 'x' is invalid: must be a positive whole number");
    assertThatThrownBy(() -> FlatFileWhiteList.read("bad.json", new ByteArrayInputStream(
        "{\"skrotyPodatnikowCzynnych\":[\"abc\"]}".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("skrotyPodatnikowCzynnych[] = 'abc' is invalid: must be 128 hexadecimal digits");
    assertThatThrownBy(() -> FlatFileWhiteList.read("bad.json", new ByteArrayInputStream(
        "{\"naglowek\": [".getBytes(StandardCharsets.UTF_8))))
        .hasMessageStartingWith("bad.json:1:");
  }

  @Test
  void payments_over_15000_pln_need_a_listed_account_unless_split() throws Exception {
    FlatFileWhiteList list = list(3);
    PaymentInstruction big = PaymentInstruction.builder().reference("P1")
        .debtorAccount(Iban.parse("PL61109010140000071219812874")).creditorName("Beta")
        .creditorAccount(Iban.parse(EXEMPT_NRB)).amount(Money.parse("PLN 15000.01")).title("FV/1")
        .executionDate(LocalDate.of(2025, 2, 14)).build();
    assertThat(WhiteListPolicy.requiresListedAccount(big)).isTrue();
    assertThatThrownBy(() -> WhiteListPolicy.verify(big, ACTIVE_NIP, list))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("payment P1: creditorAccount = 'PL18102055610000310200035501' is invalid: must be on "
            + "the VAT white list of 2025-02-14 for NIP 5261040828");
    assertThat(WhiteListPolicy.verify(big, EXEMPT_NIP, list)).isEqualTo(WhiteListStatus.EXEMPT);
    PaymentInstruction limit = PaymentInstruction.builder().from(big).amount(Money.parse("PLN 15000.00")).build();
    assertThat(WhiteListPolicy.verify(limit, ACTIVE_NIP, list)).isEqualTo(WhiteListStatus.NOT_LISTED);
    PaymentInstruction split = PaymentInstruction.builder().from(big)
        .splitPayment(SplitPayment.of(Money.parse("PLN 2805.08"), ACTIVE_NIP, "FV/1")).build();
    assertThat(WhiteListPolicy.requiresListedAccount(split)).isFalse();
  }
}
