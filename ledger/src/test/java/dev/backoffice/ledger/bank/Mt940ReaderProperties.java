package dev.backoffice.ledger.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class Mt940ReaderProperties {
  static final CurrencyUnit PLN = CurrencyUnit.of("PLN");

  @Provide
  Arbitrary<List<Long>> amounts() {
    return Arbitraries.longs().between(-999_999_999L, 999_999_999L).filter(a -> a != 0).list().ofMaxSize(40);
  }

  static String comma(long grosze) {
    return BigDecimal.valueOf(Math.abs(grosze), 2).toPlainString().replace('.', ',');
  }

  /**
   * Whatever the lines, a statement written with its true closing balance reads back with the same signed amounts,
   * in order, numbered from 1, and adds up; one grosz off the closing balance is refused.
   */
  @Property(tries = 200)
  void a_written_statement_reads_back_and_adds_up(@ForAll("amounts") List<Long> amounts) {
    long opening = 1_000_000;
    long closing = opening + amounts.stream().mapToLong(Long::longValue).sum();
    StringBuilder text = new StringBuilder(":20:P\n:25:PL61109010140000071219812874\n:28C:1/1\n:60F:C250102PLN")
        .append(comma(opening)).append('\n');
    for (int i = 0; i < amounts.size(); i++) {
      long a = amounts.get(i);
      text.append(":61:2501020102").append(a > 0 ? 'C' : 'D').append(comma(a)).append("NTRFR").append(i)
          .append("//B").append(i).append("\n:86:020^20line ").append(i).append('\n');
    }
    String end = ":62F:" + (closing < 0 ? 'D' : 'C') + "250102PLN" + comma(closing) + "\n";
    BankStatement s = Mt940Reader.standard().readText("p.sta", text + end).get(0);
    assertThat(s.lines()).hasSize(amounts.size());
    for (int i = 0; i < amounts.size(); i++) {
      assertThat(s.lines().get(i).amount()).isEqualTo(Money.ofMinor(PLN, amounts.get(i)));
      assertThat(s.lines().get(i).index()).isEqualTo(i + 1);
      assertThat(s.lines().get(i).title()).isEqualTo("line " + i);
    }
    assertThat(s.closing().amount()).isEqualTo(Money.ofMinor(PLN, closing));
    long wrong = closing + 1;
    String off = ":62F:" + (wrong < 0 ? 'D' : 'C') + "250102PLN" + comma(wrong) + "\n";
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> Mt940Reader.standard().readText("p.sta", text + off))).isInstanceOf(UnbalancedStatementException.class);
  }
}
