package dev.backoffice.ledger.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

  /** The published examples of the SWIFT IBAN registry and of the Polish banks' documentation. */
  @ParameterizedTest
  @ValueSource(strings = {"PL61109010140000071219812874", "DE89370400440532013000", "GB29NWBK60161331926819",
      "NL91ABNA0417164300", "FR1420041010050500013M02606", "GB82 WEST 1234 5698 7654 32"})
  void published_examples_are_valid(String text) {
    assertThat(Iban.isValid(text)).isTrue();
    assertThat(Iban.parse(text).value()).isEqualTo(text.replace(" ", ""));
  }

  @Test
  void the_mod_97_rule_written_out() {
    // GB82 WEST 1234 5698 7654 32: move GB82 to the end, letters to numbers (W=32 E=14 S=28 T=29 G=16 B=11)
    BigInteger rearranged = new BigInteger("3214282912345698765432161182");
    assertThat(rearranged.mod(BigInteger.valueOf(97))).isEqualTo(BigInteger.ONE);
    assertThat(Iban.mod97("GB82WEST12345698765432")).isEqualTo(1);
  }

  @Test
  void an_nrb_is_a_polish_iban_without_the_country_code() {
    Iban iban = Iban.parse("creditorAccount", "61 1090 1014 0000 0712 1981 2874");
    assertThat(iban.value()).isEqualTo("PL61109010140000071219812874");
    assertThat(iban.nrb()).isEqualTo("61109010140000071219812874");
    assertThat(iban.sortCode()).isEqualTo("10901014");
    assertThat(iban.formatted()).isEqualTo("PL61 1090 1014 0000 0712 1981 2874");
    assertThat(iban.isPolish()).isTrue();
    assertThat(Iban.parse("pl61-1090-1014-0000-0712-1981-2874")).isEqualTo(iban);
  }

  @Test
  void wrong_numbers_are_refused_naming_the_field_and_value() {
    assertThatThrownBy(() -> Iban.parse("creditorAccount", "PL62109010140000071219812874"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("creditorAccount = 'PL62109010140000071219812874' is invalid: must pass the ISO 13616 check "
            + "(mod 97 = 1): the check digits do not match the account");
    assertThatThrownBy(() -> Iban.parse("creditorAccount", "6110901014000007121981287"))
        .hasMessage("creditorAccount = '6110901014000007121981287' is invalid: must be an IBAN (two letters, two "
            + "check digits, the account) or an NRB of exactly 26 digits, not 25 digits");
    assertThatThrownBy(() -> Iban.parse("iban", "DE8937040044053201300"))
        .hasMessageContaining("must have 22 characters for DE, not 21");
    assertThatThrownBy(() -> Iban.parse("iban", "PL61 1090 1014 0000 0712 1981 287X"))
        .hasMessageContaining("must have 26 digits after PL");
    assertThatThrownBy(() -> Iban.parse("iban", "")).hasMessageContaining("must be an IBAN or a 26-digit NRB");
    assertThatThrownBy(() -> Iban.parse("iban", "1X61109010140000071219812874"))
        .hasMessageContaining("must start with a two-letter country code and two check digits");
    assertThatThrownBy(() -> Iban.parse("DE89370400440532013000").nrb())
        .hasMessageContaining("must be a Polish account to have an NRB");
  }
}
