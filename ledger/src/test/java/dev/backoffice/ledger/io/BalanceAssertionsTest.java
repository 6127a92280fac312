package dev.backoffice.ledger.io;

import static dev.backoffice.ledger.io.JournalReaderTest.eur;
import static dev.backoffice.ledger.io.JournalReaderTest.failure;
import static dev.backoffice.ledger.io.JournalReaderTest.line;
import static dev.backoffice.ledger.io.JournalReaderTest.pln;
import static dev.backoffice.ledger.io.JournalReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.Side;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Balance assertions ({@code = B}, {@code == B}) and assignments ({@code ACCOUNT  = B}), settled as hledger 1.25
 * settles them: in date order and, within a date, in file order. Every case is read by the entry reader and by the
 * balance paths, which must agree (the expectations are worked out by hand in the comments; hledger 1.25 agrees).
 */
class BalanceAssertionsTest {
  private static final String OPEN = "2025-01-02 open\n    Assets:Bank  100.00 PLN\n    Equity\n\n";

  @TempDir
  Path dir;

  /** Every path accepts the text and gives the same balances; returns the entries read. */
  private List<JournalEntry> accepted(String text) throws IOException {
    ParsedJournal j = read(text);
    Path f = Files.writeString(dir.resolve("j" + System.nanoTime() + ".ledger"), text, StandardCharsets.UTF_8);
    String fromEntries = QuickBalancesTest.fromEntries(f);
    assertThat(fromEntries).doesNotStartWith("error");
    assertThat(QuickBalancesTest.quick(f, null, 1, 1)).isEqualTo(fromEntries);
    assertThat(QuickBalancesTest.reference(f, null)).isEqualTo(fromEntries);
    StringBuilder viaReader = new StringBuilder();
    JournalBalances.writeCsv(JournalBalances.of(text, "t.ledger"), viaReader);
    assertThat(viaReader.toString()).isEqualTo(fromEntries);
    return j.entries();
  }

  @Test
  void aHoldingAssertionChangesNothing() throws IOException {
    // 100.00 opened, +50.00: the balance after the posting is 150.00
    List<JournalEntry> e = accepted(OPEN + "2025-01-03 x\n    Assets:Bank  50.00 PLN = 150.00 PLN\n    Equity\n");
    assertThat(e.get(1).lines()).containsExactly(line("Assets:Bank", Side.DEBIT, pln("50.00")),
        line("Equity", Side.CREDIT, pln("50.00")));
  }

  @Test
  void aFailedAssertionNamesTheLineTheColumnOfItsEqualsSignAndBothBalances() {
    // 100.00 + 50.00 = 150.00, not 140.00; the '=' is in column 28
    JournalParseException e = failure(OPEN + "2025-01-03 x\n    Assets:Bank  50.00 PLN = 140.00 PLN\n    Equity\n", 6, 28);
    assertThat(e).isInstanceOf(BalanceAssertionException.class);
    assertThat(e.getMessage())
        .isEqualTo("t.ledger:6:28: balance assertion failed on Assets:Bank: expected 140.00 PLN, found 150.00 PLN");
  }

  @Test
  void anAssignmentPostsTheDifferenceAndTheElidedPostingBalancesIt() throws IOException {
    // 100.00 opened; "= 30.00" posts 30.00 - 100.00 = -70.00; Equity takes +70.00
    List<JournalEntry> e = accepted(OPEN + "2025-01-03 x\n    Assets:Bank  = 30.00 PLN\n    Equity\n");
    assertThat(e.get(1).lines()).containsExactly(line("Assets:Bank", Side.CREDIT, pln("70.00")),
        line("Equity", Side.DEBIT, pln("70.00")));
  }

  @Test
  void inATransactionWithAnAssignmentTheElidedAmountJoinsAfterItsAssertions() throws IOException {
    // hledger 1.25 settles such a transaction posting by posting and infers the elided amount last: "= 250.00" posts
    // +150.00 to Assets:Bank; Equity's assertion then sees -100.00 (the opening), not -250.00; the elided Equity
    // posting takes -150.00 after it (hledger prints Assets:Bank 250.00 PLN, Equity -250.00 PLN)
    List<JournalEntry> e = accepted(OPEN + "2025-01-03 x\n    Assets:Bank  = 250.00 PLN\n    Equity\n"
        + "    Equity  0.00 PLN = -100.00 PLN\n");
    assertThat(e.get(1).lines()).containsExactly(line("Assets:Bank", Side.DEBIT, pln("150.00")),
        line("Equity", Side.CREDIT, pln("150.00")), line("Equity", Side.DEBIT, pln("0.00")));
  }

  @Test
  void inATransactionWithAnAssignmentAFailedAssertionIsReportedBeforeAnUnbalancedSum() {
    // Equity: -100.00 - 10.00 = -110.00, not -50.00 (line 6, '=' in column 24); the assignment's +20.00 would leave
    // the transaction 10.00 off balance too, but hledger 1.25 checks each posting's assertion before balancing
    JournalParseException e = failure(OPEN + "2025-01-03 x\n    Equity  -10.00 PLN = -50.00 PLN\n"
        + "    Assets:Bank  = 120.00 PLN\n", 6, 24);
    assertThat(e).isInstanceOf(BalanceAssertionException.class);
    assertThat(e.getMessage())
        .isEqualTo("t.ledger:6:24: balance assertion failed on Equity: expected -50.00 PLN, found -110.00 PLN");
  }

  @Test
  void aWholeBalanceAssignmentBringsTheOtherCommoditiesToZero() throws IOException {
    // Assets:Bank holds 100.00 PLN and 10.00 EUR; "== 150.00 PLN" posts +50.00 PLN and, as hledger 1.25 does, -10.00
    // EUR (a line of its own, after the transaction's); Equity, elided, balances both: -50.00 PLN, +10.00 EUR
    // (hledger prints Assets:Bank 150.00 PLN, Equity -150.00 PLN)
    List<JournalEntry> e = accepted(OPEN + "2025-01-03 eur\n    Assets:Bank  10.00 EUR\n    Equity\n\n"
        + "2025-01-05 reset\n    Assets:Bank  == 150.00 PLN\n    Equity\n");
    assertThat(e.get(2).lines()).containsExactly(line("Assets:Bank", Side.DEBIT, pln("50.00")),
        line("Equity", Side.CREDIT, pln("50.00")), line("Equity", Side.DEBIT, eur("10.00")),
        line("Assets:Bank", Side.CREDIT, eur("10.00")));
  }

  @Test
  void anAssignmentThatWouldPostMoreThanALineMayHoldIsRefused() {
    // Assets:Bank holds 1.2e15 minor units in EUR (two lines of 6e14); "= 0.00 EUR" would post -1.2e15 in one line,
    // and "== 1.00 PLN" would post it to bring EUR to zero: both above the 1e15 a line may hold (line 7, column 5)
    String big = "2025-01-02 big\n    Assets:Bank  6000000000000.00 EUR\n    Assets:Bank  6000000000000.00 EUR\n"
        + "    Equity  -6000000000000.00 EUR\n    Equity  -6000000000000.00 EUR\n\n";
    for (String assignment : List.of("= 0.00 EUR", "== 1.00 PLN")) {
      JournalParseException e = failure(big + "2025-01-03 set\n    Assets:Bank  " + assignment + "\n    Equity\n", 8, 5);
      assertThat(e.getMessage()).as(assignment).contains("balance assignment", "Assets:Bank",
          "must take an amount of at most " + JournalBytes.MAX_MINOR + " minor units");
    }
  }

  @Test
  void aWholeBalanceAssertionRequiresNoOtherCommodity() {
    // Assets:Bank holds 100.00 PLN and 5.00 EUR: "== 100.00 PLN" fails although its PLN balance is right
    String text = OPEN + "2025-01-03 eur\n    Assets:Bank  5.00 EUR\n    Equity\n\n"
        + "2025-01-04 check\n    Assets:Bank  0.00 PLN == 100.00 PLN\n    Equity\n";
    JournalParseException e = failure(text, 10, 27);
    assertThat(e.getMessage()).endsWith(
        "balance assertion failed on Assets:Bank: expected 100.00 PLN, found 100.00 PLN, 5.00 EUR");
  }

  @Test
  void aWholeBalanceAssertionHoldsWhenTheOtherCommoditiesAreZero() throws IOException {
    // the 5.00 EUR leave again before the check
    accepted(OPEN + "2025-01-03 eur\n    Assets:Bank  5.00 EUR\n    Equity\n\n"
        + "2025-01-03 back\n    Assets:Bank  -5.00 EUR\n    Equity\n\n"
        + "2025-01-04 check\n    Assets:Bank  0.00 PLN == 100.00 PLN\n    Equity\n");
  }

  @Test
  void eachCommodityIsAssertedOnItsOwn() throws IOException {
    // 100.00 PLN and 5.00 EUR: "= 5.00 EUR" looks at EUR only, "= 100.00 PLN" at PLN only
    List<JournalEntry> e = accepted(OPEN + "2025-01-03 eur\n    Assets:Bank  5.00 EUR = 5.00 EUR\n    Equity\n\n"
        + "2025-01-04 check\n    Assets:Bank  0.00 PLN = 100.00 PLN\n    Assets:Bank  0.00 EUR = 5.00 EUR\n    Equity\n");
    assertThat(e.get(1).lines().get(0).amount()).isEqualTo(eur("5.00"));
    failure(OPEN + "2025-01-03 eur\n    Assets:Bank  5.00 EUR = 105.00 PLN\n    Equity\n", 6, 27);
  }

  @Test
  void withinADateFileOrderCounts() throws IOException {
    // two transactions on 01-03: the first sees 100 + 10 = 110, the second 110 + 20 = 130
    accepted(OPEN + "2025-01-03 a\n    Assets:Bank  10.00 PLN = 110.00 PLN\n    Equity\n\n"
        + "2025-01-03 b\n    Assets:Bank  20.00 PLN = 130.00 PLN\n    Equity\n");
    // asserting the day's end balance on the first one fails: the second comes after it in the file
    failure(OPEN + "2025-01-03 a\n    Assets:Bank  10.00 PLN = 130.00 PLN\n    Equity\n\n"
        + "2025-01-03 b\n    Assets:Bank  20.00 PLN\n    Equity\n", 6, 28);
    // within a transaction, after its own posting: the second posting to the account is not counted yet
    accepted(OPEN + "2025-01-03 a\n    Assets:Bank  10.00 PLN = 110.00 PLN\n    Assets:Bank  1.00 PLN = 111.00 PLN\n"
        + "    Equity\n");
  }

  @Test
  void anAssertionDatedBeforeAnEarlierTransactionOfTheFileSeesOnlyWhatIsDatedBefore() throws IOException {
    // the file has 01-10 (+100) before 01-05 (+50 = 50): in date order 01-05 comes first and sees 50 only
    String text = "2025-01-10 later\n    Assets:Bank  100.00 PLN\n    Equity\n\n"
        + "2025-01-05 earlier\n    Assets:Bank  50.00 PLN = 50.00 PLN\n    Equity\n";
    accepted(text);
    // and an assertion on 01-10 sees the 01-05 line that comes after it in the file: 100 + 50
    accepted("2025-01-10 later\n    Assets:Bank  100.00 PLN = 150.00 PLN\n    Equity\n\n"
        + "2025-01-05 earlier\n    Assets:Bank  50.00 PLN\n    Equity\n");
    failure("2025-01-10 later\n    Assets:Bank  100.00 PLN = 100.00 PLN\n    Equity\n\n"
        + "2025-01-05 earlier\n    Assets:Bank  50.00 PLN\n    Equity\n", 2, 29);
  }

  @Test
  void anAssignmentDatedEarlierIsSettledInDateOrderAndKeepsItsPlaceInTheFile() throws IOException {
    // file: 01-10 +100, then 01-05 "= 40": in date order 01-05 comes first, the balance before it is 0, so it posts
    // 40.00; at 01-10 the balance is 140.00
    String text = "2025-01-10 later\n    Assets:Bank  100.00 PLN = 140.00 PLN\n    Equity\n\n"
        + "2025-01-05 set\n    Assets:Bank  = 40.00 PLN\n    Equity\n";
    List<JournalEntry> e = accepted(text);
    assertThat(e).extracting(JournalEntry::date).containsExactly(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 5));
    assertThat(e.get(1).lines().get(0)).isEqualTo(line("Assets:Bank", Side.DEBIT, pln("40.00")));
    List<JournalTransaction> streamed = new ArrayList<>();
    JournalReader.stream(new java.io.StringReader(text), "t.ledger", streamed::add);
    assertThat(streamed).extracting(t -> t.line().orElse(0)).containsExactly(1L, 5L);
  }

  @Test
  void assignmentsChainInDateOrder() throws IOException {
    // 100 opened; 01-03 "= 70" posts -30; the same day "= 75" posts +5 (after it in the file); 01-04 asserts 75
    List<JournalEntry> e = accepted(OPEN + "2025-01-03 a\n    Assets:Bank  = 70.00 PLN\n    Equity\n\n"
        + "2025-01-03 b\n    Assets:Bank  = 75.00 PLN\n    Equity\n\n"
        + "2025-01-04 c\n    Assets:Bank  0.00 PLN = 75.00 PLN\n    Equity\n");
    assertThat(e.get(1).lines().get(0)).isEqualTo(line("Assets:Bank", Side.CREDIT, pln("30.00")));
    assertThat(e.get(2).lines().get(0)).isEqualTo(line("Assets:Bank", Side.DEBIT, pln("5.00")));
  }

  @Test
  void malformedAssertions() {
    assertThat(failure("2025-01-03 x\n    A  1.00 PLN =* 1.00 PLN\n    B\n", 2, 17).rule()).contains("=*");
    assertThat(failure("2025-01-03 x\n    A  1.00 PLN =\n    B\n", 2, 17).rule()).contains("must give the balance");
    failure("2025-01-03 x\n    A  1.00 PLN = 1.001 PLN\n    B\n", 2, 19);
    failure("2025-01-03 x\n    A  1.00 PLN = 1.00\n    B\n", 2, 19);
    assertThat(failure("2025-01-03 x\n    A  1.00 PLN = 1.00 PLN @ 4 EUR\n    B\n", 2, 28).rule())
        .contains("before the balance assertion");
  }

  @Test
  void marketPricesAreReadButNeverBalanceATransaction(@TempDir Path tmp) throws IOException {
    // P gives EUR a price; a transaction in EUR and PLN without @ still does not balance
    String text = "P 2025-01-01 EUR 4.2150 PLN  ; NBP\nP 2025/01/31 PLN 0.2300 EUR\n\n"
        + "2025-01-05 x\n    A  1.00 EUR\n    B  -4.22 PLN\n";
    assertThat(failure(text, 4, 1).rule()).contains("must balance");
    Path f = Files.writeString(tmp.resolve("p.ledger"), "P 2025-01-01 EUR 4.2150 PLN  ; NBP\nP 2025/01/31 PLN 0.2300 EUR\n");
    JournalTurnover t = JournalBalances.turnover(f, null, null, null, Runnable::run, 1);
    CurrencyUnit eurUnit = CurrencyUnit.EUR;
    CurrencyUnit plnUnit = CurrencyUnit.of("PLN");
    assertThat(t.prices()).containsExactly(
        MarketPrice.of(LocalDate.of(2025, 1, 1), eurUnit, BigMoney.of(plnUnit, new BigDecimal("4.2150"))),
        MarketPrice.of(LocalDate.of(2025, 1, 31), plnUnit, BigMoney.of(eurUnit, new BigDecimal("0.2300"))));
    assertThat(t.lastDate()).contains(LocalDate.of(2025, 1, 31));
    failure("P 2025-01-01 EUR 4.00 EUR\n", 1, 18);
    failure("P 2025-01-01 EUR -4.00 PLN\n", 1, 18);
    failure("P 2025-01-01 EUR\n", 1, 17);
    failure("P 2025-01-01 EUR 4.00 PLN x\n", 1, 27);
    failure("P 2025-02-30 EUR 4.00 PLN\n", 1, 3);
  }
}
