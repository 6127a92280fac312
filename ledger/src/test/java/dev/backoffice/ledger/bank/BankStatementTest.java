package dev.backoffice.ledger.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class BankStatementTest {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 20);

  static StatementLine line(int index, String amount, String reference) {
    return StatementLine.builder().index(index).bookingDate(DAY).valueDate(DAY).amount(Money.parse(amount))
        .bankReference(reference).title("FV/" + index + "/2025").build();
  }

  static ImmutableBankStatement.Builder statement() {
    return BankStatement.builder().format(StatementFormat.MT940).account("PL61109010140000071219812874")
        .statementNumber("12/1").currency(Money.parse("PLN 0").getCurrencyUnit())
        .opening(StatementBalance.of(DAY.minusDays(1), Money.parse("PLN 1000.00")));
  }

  @Test
  void opening_plus_lines_is_closing() {
    BankStatement s = statement().addLines(line(1, "PLN 230.00", "R1"), line(2, "PLN -30.50", "R2"))
        .closing(StatementBalance.of(DAY, Money.parse("PLN 1199.50"))).build();
    assertThat(s.lineTotal()).isEqualTo(Money.parse("PLN 199.50"));
    assertThat(s.name()).isEqualTo("statement PL61109010140000071219812874/12/1 of 2025-01-19");
  }

  @Test
  void a_statement_that_does_not_add_up_is_refused() {
    assertThatThrownBy(() -> statement().addLine(line(1, "PLN 230.00", "R1"))
        .closing(StatementBalance.of(DAY, Money.parse("PLN 1200.00"))).source("wb.sta").build())
        .isInstanceOf(UnbalancedStatementException.class)
        .hasMessage("statement PL61109010140000071219812874/12/1 of 2025-01-19 in wb.sta: closing = '1200.00 PLN' "
            + "is invalid: must equal opening 1000.00 PLN + lines 230.00 PLN = 1230.00 PLN")
        .satisfies(e -> assertThat(((UnbalancedStatementException) e).lineTotal()).isEqualTo(Money.parse("PLN 230")));
  }

  @Test
  void lines_in_another_currency_or_out_of_order_are_refused() {
    assertThatThrownBy(() -> statement().addLine(line(1, "EUR 0.00", "R1"))
        .closing(StatementBalance.of(DAY, Money.parse("PLN 1000.00"))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("lines[0].amount = 'EUR 0.00' is invalid: must be in the account's currency PLN");
    assertThatThrownBy(() -> statement().addLine(line(2, "PLN 0.00", "R1"))
        .closing(StatementBalance.of(DAY, Money.parse("PLN 1000.00"))).build())
        .hasMessageContaining("lines[0].index = '2' is invalid: must be 1");
  }

  @Test
  void line_identity_and_its_idempotency_key() {
    BankStatement s = statement().addLine(line(1, "PLN 230.00", "R1"))
        .closing(StatementBalance.of(DAY, Money.parse("PLN 1230.00"))).build();
    StatementLineId id = s.lineId(s.lines().get(0));
    assertThat(id.toString()).isEqualTo("PL61109010140000071219812874/12/1/20250119/1/R1");
    assertThat(id.key().value()).isEqualTo("WB:PL61109010140000071219812874/12/1/20250119/1/R1");
    assertThatThrownBy(() -> s.lineId(line(1, "PLN 5.00", "X")))
        .hasMessageContaining("line = '1' is invalid: must be a line of this statement");
    // a reference with a space cannot be a key as it is: the key is the SHA-256 of the identity
    StatementLineId spaced = StatementLineId.of("ACC", "1", DAY, 3, Optional.of("A B"));
    assertThat(spaced.key().value()).startsWith("WB:").hasSize(3 + 64);
    assertThat(spaced.key()).isEqualTo(StatementLineId.of("ACC", "1", DAY, 3, Optional.of("A B")).key());
  }
}
