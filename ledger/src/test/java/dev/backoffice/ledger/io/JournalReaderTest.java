package dev.backoffice.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.PostingRejectedException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every construct of the journal format, and every error with its file, line and column. */
class JournalReaderTest {
  private static final String SRC = "t.ledger";

  static ParsedJournal read(String text) {
    return JournalReader.read(text, SRC);
  }

  static JournalEntry only(String text) {
    ParsedJournal j = read(text);
    assertThat(j.transactions()).hasSize(1);
    return j.entries().get(0);
  }

  static Money pln(String v) {
    return Monies.of("PLN", v);
  }

  static Money eur(String v) {
    return Monies.of("EUR", v);
  }

  static JournalLine line(String account, Side side, Money amount) {
    return JournalLine.of(account, side, amount);
  }

  /**
   * Reads the text with the entry reader and with the balance path: both must fail with the same message,
   * which starts with {@code t.ledger:LINE:COLUMN: }.
   */
  static JournalParseException failure(String text, long line, int column) {
    JournalParseException e = catchThrowableOfType(JournalParseException.class, () -> read(text));
    assertThat(e).as("the reader rejects the text").isNotNull();
    assertThat(e.file()).isEqualTo(SRC);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.getMessage()).startsWith(SRC + ":" + line + ":" + column + ": ");
    JournalParseException fast = catchThrowableOfType(JournalParseException.class, () -> JournalBalances.of(text, SRC));
    assertThat(fast).as("the balance path rejects the text too").isNotNull();
    assertThat(fast.getMessage()).isEqualTo(e.getMessage());
    return e;
  }

  @Nested
  class Transactions {
    @Test
    void bothDateFormsStatusMarksCodeAndDescription() {
      ParsedJournal j = read("2025-01-02 * (FV/1/2025) Sprzedaż usług | Klient A\n"
          + "    Assets:Bank  100.00 PLN\n"
          + "    Income:Sales  -100.00 PLN\n"
          + "\n"
          + "2025/01/03 ! Zakup\n"
          + "    Expenses:Office  5.00 PLN\n"
          + "    Assets:Bank  -5.00 PLN\n"
          + "2025-01-04 Bez znacznika\n"
          + "    Expenses:Office  1.00 PLN\n"
          + "    Assets:Bank  -1.00 PLN\n");
      assertThat(j.transactions()).extracting(JournalTransaction::status)
          .containsExactly(TransactionStatus.CLEARED, TransactionStatus.PENDING, TransactionStatus.UNMARKED);
      assertThat(j.transactions()).extracting(t -> t.line().getAsLong()).containsExactly(1L, 5L, 8L);
      JournalEntry sale = j.entries().get(0);
      assertThat(sale.date()).isEqualTo(LocalDate.of(2025, 1, 2));
      assertThat(sale.description()).isEqualTo("Sprzedaż usług | Klient A");
      assertThat(sale.document()).contains(DocumentRef.of("FV", "FV/1/2025", LocalDate.of(2025, 1, 2)));
      assertThat(j.entries().get(1).date()).isEqualTo(LocalDate.of(2025, 1, 3));
      assertThat(j.entries().get(1).document()).isEmpty();
      assertThat(j.entries().get(2).description()).isEqualTo("Bez znacznika");
    }

    @Test
    void codeGivesTheDocumentTypeFromItsLeadingCapitals() {
      assertThat(EntrySink.documentType("WB/1")).isEqualTo("WB");
      assertThat(EntrySink.documentType("LP01")).isEqualTo("LP");
      assertThat(EntrySink.documentType("123")).isEqualTo("DOC");
      assertThat(EntrySink.documentType("abc")).isEqualTo("DOC");
      assertThat(EntrySink.documentType("ABCDEFGHIJK/1")).as("11 letters are too many for a type").isEqualTo("DOC");
      JournalEntry e = only("2025-01-02 (  17  ) Opis\n    A:B  1.00 PLN\n    A:C\n");
      assertThat(e.document()).contains(DocumentRef.of("DOC", "17", LocalDate.of(2025, 1, 2)));
    }

    @Test
    void headerAndIndentedCommentsBeforeThePostingsAreTheTransactionComment() {
      ParsedJournal j = read("2025-01-02 Opis  ; first\n"
          + "    ; second\n"
          + "\t;third\n"
          + "    A:B  1.00 PLN\n"
          + "    A:C\n");
      assertThat(j.transactions().get(0).comment()).contains("first\nsecond\nthird");
      assertThat(j.entries().get(0).description()).isEqualTo("Opis");
      JournalEntry tab = only("2025-01-02 Opis\t; comment\n    A:B  1.00 PLN\n    A:C\n");
      assertThat(tab.description()).isEqualTo("Opis");
    }

    @Test
    void emptyDescriptionIsAllowed() {
      assertThat(only("2025-01-02\n    A:B  1.00 PLN\n    A:C\n").description()).isEmpty();
      assertThat(only("2025-01-02 *\n    A:B  1.00 PLN\n    A:C\n").description()).isEmpty();
    }

    @Test
    void topLevelCommentsBlankLinesCrLfBomAndNoFinalNewline() {
      String text = "\uFEFF; top comment\r\n# hash comment\r\n    ; indented comment outside a transaction\r\n\r\n"
          + "2025-01-02 Opis\r\n    A:B  1.00 PLN\r\n    A:C\r\n\r\n\r\n; between\r\n2025-01-03 Dwa\r\n    A:B  2.00 PLN\r\n    A:C";
      ParsedJournal j = JournalReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SRC);
      assertThat(j.entries()).extracting(JournalEntry::description).containsExactly("Opis", "Dwa");
      assertThat(j.entries().get(1).lines().get(1)).isEqualTo(line("A:C", Side.CREDIT, pln("2.00")));
      assertThat(j.transactions().get(1).line()).hasValue(11);
    }
  }

  @Nested
  class Amounts {
    @Test
    void signGivesTheSide() {
      JournalEntry e = only("2025-01-02 x\n    A:B  100.00 PLN\n    A:C  -100.00 PLN\n");
      assertThat(e.lines()).containsExactly(line("A:B", Side.DEBIT, pln("100.00")), line("A:C", Side.CREDIT, pln("100.00")));
    }

    @Test
    void prefixAndSuffixCommoditiesMinusSignsAndThousandsSeparators() {
      JournalEntry e = only("2025-01-02 x\n"
          + "    A:B    1,234,567.89 PLN\n"
          + "    A:C    PLN -1,000,000.00\n"
          + "    A:D    -PLN 200,000.00\n"
          + "    A:E    PLN-30,000.00\n"
          + "    A:F    -4567.89PLN\n"
          + "    A:G    PLN0.50\n"
          + "    A:H    -0.5 PLN\n");
      // 1,234,567.89 − 1,000,000 − 200,000 − 30,000 − 4,567.89 + 0.50 − 0.50 = 0
      assertThat(e.lines()).extracting(JournalLine::amount).containsExactly(
          pln("1234567.89"), pln("1000000.00"), pln("200000.00"), pln("30000.00"), pln("4567.89"), pln("0.50"), pln("0.50"));
      assertThat(e.lines()).extracting(JournalLine::side).containsExactly(
          Side.DEBIT, Side.CREDIT, Side.CREDIT, Side.CREDIT, Side.CREDIT, Side.DEBIT, Side.CREDIT);
    }

    @Test
    void tabSeparatesAccountAndAmountAndSingleSpacesBelongToTheName() {
      JournalEntry e = only("2025-01-02 x\n\t130 Bank:Rachunek bieżący\t50.00 PLN\n    802 Kapitał zakładowy  -50.00 PLN\n");
      assertThat(e.lines()).extracting(JournalLine::account).containsExactly("130 Bank:Rachunek bieżący", "802 Kapitał zakładowy");
    }

    @Test
    void trailingZerosBeyondTheCurrencyScaleAreExact() {
      JournalEntry e = only("2025-01-02 x\n    A:B  100.000 PLN\n    A:C  -100 PLN\n    A:D  5 JPY\n    A:E  -5 JPY\n"
          + "    A:F  1.234 KWD\n    A:G  -1.234 KWD\n");
      assertThat(e.lines()).extracting(JournalLine::amount).containsExactly(pln("100.00"), pln("100.00"),
          Monies.of("JPY", "5"), Monies.of("JPY", "5"), Monies.of("KWD", "1.234"), Monies.of("KWD", "1.234"));
    }

    @Test
    void minusZeroIsACreditLine() {
      JournalEntry e = only("2025-01-02 x\n    A:B  0.00 PLN\n    A:C  -0.00 PLN\n");
      assertThat(e.lines()).containsExactly(line("A:B", Side.DEBIT, pln("0.00")), line("A:C", Side.CREDIT, pln("0.00")));
    }
  }

  @Nested
  class Prices {
    @Test
    void unitPriceGivesCostAndRate() {
      JournalEntry e = only("2025-01-10 x\n    131 Bank  1,000.00 EUR @ 4.2150 PLN\n    201 Klient  -4,215.00 PLN\n");
      // 1000.00 × 4.2150 = 4215.000000 PLN
      assertThat(e.lines().get(0)).isEqualTo(JournalLine.builder().account("131 Bank").side(Side.DEBIT)
          .amount(eur("1000.00")).cost(pln("4215.00")).rate(new BigDecimal("4.2150")).build());
    }

    @Test
    void totalPriceGivesCostWithTheAmountsSide() {
      JournalEntry e = only("2025-01-20 x\n    130 Bank  2,130.00 PLN\n    131 Bank  -500.00 EUR @@ 2,130.00 PLN\n");
      assertThat(e.lines().get(1)).isEqualTo(JournalLine.builder().account("131 Bank").side(Side.CREDIT)
          .amount(eur("500.00")).cost(pln("2130.00")).build());
    }

    @Test
    void unitPriceCostsAreRoundedHalfEvenAndTheRoundingDifferenceGoesToTheLargestCost() {
      // 1.00 EUR × 4.12345 = 4.12345 → 4.12 (half even, as hledger); 2.00 EUR × 4.12345 = 8.2469 → 8.25;
      // rounded sum 12.37, written −12.38: off by 0.01, but the exact sum 12.37035 − 12.38 = −0.00965 is not
      // within half a grosz, so this is unbalanced …
      failure("2025-01-02 x\n    A:B  1.00 EUR @ 4.12345 PLN\n    A:C  2.00 EUR @ 4.12345 PLN\n    A:D  -12.38 PLN\n", 1, 1);
      // … while 1.00 EUR @ 4.12345 twice = 8.2469 exactly, rounded 4.12 + 4.12 = 8.24 against −8.25: the exact
      // residual −0.0031 rounds to zero, so the first (largest, first of equals) cost takes the grosz: 4.13
      JournalEntry e = only("2025-01-02 x\n    A:B  1.00 EUR @ 4.12345 PLN\n    A:C  1.00 EUR @ 4.12345 PLN\n    A:D  -8.25 PLN\n");
      assertThat(e.lines().subList(0, 2)).extracting(l -> l.cost().orElseThrow()).containsExactly(pln("4.13"), pln("4.12"));
      assertThat(e.lines().get(0).rate()).contains(new BigDecimal("4.12345"));
    }

    @Test
    void anElidedPostingTakesTheExactSumOfUnitPricedCostsRoundedOnce() {
      // 1.00 EUR @ 4.12345 twice: exactly 8.2469, which hledger 1.25 and ledger 3.3 give the elided posting (8.25 at
      // two places), where the costs rounded one by one would sum to 8.24; the first (largest, first of equals) cost
      // takes the grosz, as when the sum is written out
      JournalEntry e = only("2025-01-02 x\n    A:B  1.00 EUR @ 4.12345 PLN\n    A:C  1.00 EUR @ 4.12345 PLN\n    A:D\n");
      assertThat(e.lines().subList(0, 2)).extracting(l -> l.cost().orElseThrow()).containsExactly(pln("4.13"), pln("4.12"));
      assertThat(e.lines().get(2)).isEqualTo(line("A:D", Side.CREDIT, pln("8.25")));
    }
  }

  @Nested
  class ElidedAmounts {
    @Test
    void takesTheBalancingAmount() {
      JournalEntry e = only("2025-01-05 x\n    402 Zużycie  PLN 800.00   ; materiały\n    221-2 VAT  PLN 184.00\n    202 Dostawcy\n");
      assertThat(e.lines().get(2)).isEqualTo(line("202 Dostawcy", Side.CREDIT, pln("984.00")));
      assertThat(e.lines().get(0).memo()).contains("materiały");
    }

    @Test
    void takesTheCostOfAPricedPosting() {
      JournalEntry e = only("2025-01-05 x\n    A:Eur  -15.28 EUR @@ 66.62 PLN\n    A:Pln\n");
      assertThat(e.lines().get(1)).isEqualTo(line("A:Pln", Side.DEBIT, pln("66.62")));
    }

    @Test
    void givesOneLinePerOpenCommodityInOrderOfFirstAppearance() {
      JournalEntry e = only("2025-01-05 x\n    A:B  10.00 PLN\n    A:C  5.00 EUR\n    A:D  -3.00 PLN  ; memo\n    A:E\n");
      assertThat(e.lines()).hasSize(5);
      // PLN open: 10.00 − 3.00 = 7.00 → credit; EUR open: 5.00 → credit
      assertThat(e.lines().subList(3, 5)).containsExactly(
          line("A:E", Side.CREDIT, pln("7.00")), line("A:E", Side.CREDIT, eur("5.00")));
    }

    @Test
    void takesZeroWhenNothingIsOpen() {
      JournalEntry e = only("2025-01-05 x\n    A:B  10.00 PLN\n    A:C  -10.00 PLN\n    A:D\n");
      assertThat(e.lines().get(2)).isEqualTo(line("A:D", Side.DEBIT, pln("0.00")));
    }

    @Test
    void takesZeroInTheFirstCommodityWhenSeveralAreClosed() {
      // PLN 10.00 − 10.00 = 0 and EUR 5.00 − 5.00 = 0: nothing is open, so A:F gets one zero line in PLN, the
      // commodity met first (not EUR, the last)
      JournalEntry e = only("2025-01-05 x\n    A:B  10.00 PLN\n    A:C  -10.00 PLN\n    A:D  5.00 EUR\n"
          + "    A:E  -5.00 EUR\n    A:F\n");
      assertThat(e.lines()).hasSize(5);
      assertThat(e.lines().get(4)).isEqualTo(line("A:F", Side.DEBIT, pln("0.00")));
    }
  }

  @Nested
  class Comments {
    @Test
    void postingCommentsAndTheCommentLinesAfterThemAreTheMemo() {
      JournalEntry e = only("2025-01-05 x\n    A:B  10.00 PLN;first\n      ; second\n    A:C  ; only\n    ; and more\n");
      assertThat(e.lines()).extracting(JournalLine::memo)
          .containsExactly(Optional.of("first\nsecond"), Optional.of("only\nand more"));
    }

    @Test
    void aPostingsMemoIsAtMost512CharactersOverAllItsCommentLines() {
      String a300 = "a".repeat(300);
      // 300 + a line break + 211 = 512 characters: accepted
      JournalEntry e = only("2025-01-05 x\n    A:B  1.00 PLN  ; " + a300 + "\n    ; " + "b".repeat(211) + "\n    A:C\n");
      assertThat(e.lines().get(0).memo().orElseThrow()).hasSize(512);
      // 300 + 1 + 212 = 513: an error at the posting, naming its account
      JournalParseException e2 = failure("2025-01-05 x\n    A:B  1.00 PLN  ; " + a300 + "\n    ; " + "b".repeat(212)
          + "\n    A:C\n", 2, 5);
      assertThat(e2.field()).isEqualTo("memo");
      assertThat(e2.value()).contains("A:B");
      // characters, not bytes: 512 'ż' (1,024 bytes) pass, 513 do not; the second posting's memo is named at its line
      assertThat(only("2025-01-05 x\n    A:B  1.00 PLN  ; " + "ż".repeat(512) + "\n    A:C\n").lines().get(0).memo())
          .hasValueSatisfying(m -> assertThat(m).hasSize(512));
      failure("2025-01-05 x\n    A:B  1.00 PLN\n    A:C  ; " + "ż".repeat(513) + "\n", 3, 5);
      // the comments of the transaction and of other postings do not count
      only("2025-01-05 x  ; " + a300 + "\n    ; " + a300 + "\n    A:B  1.00 PLN  ; " + a300 + "\n    A:C  ; " + a300 + "\n");
    }

    @Test
    void anUnbalancedTransactionIsReportedBeforeALongMemo() {
      failure("2025-01-05 x\n    A:B  1.00 PLN  ; " + "a".repeat(513) + "\n    A:C  -0.99 PLN\n", 1, 1);
    }

    @Test
    void commentsAfterABlankLineBelongToNothing() {
      ParsedJournal j = read("2025-01-05 x\n    A:B  10.00 PLN\n    A:C\n\n    ; stray\n");
      assertThat(j.entries().get(0).lines()).allSatisfy(l -> assertThat(l.memo()).isEmpty());
    }
  }

  @Nested
  class Directives {
    @Test
    void declaredAndUsedAccountsWithTheirParentsFormTheChart() {
      ParsedJournal j = read("account Assets:Bank:Ing  ; the main account\n"
          + "account Liabilities:Loan\n"
          + "commodity 1,000.00 PLN\n"
          + "commodity EUR\n"
          + "commodity USD 1,000.00\n"
          + "    ; a comment under a directive\n\n"
          + "2025-01-05 x\n    Expenses:Food:Groceries  10.00 PLN\n    Assets:Bank:Ing\n");
      ChartOfAccounts chart = j.chart();
      assertThat(chart.accounts()).extracting(Account::code).containsExactlyInAnyOrder(
          "Assets", "Assets:Bank", "Assets:Bank:Ing", "Liabilities", "Liabilities:Loan",
          "Expenses", "Expenses:Food", "Expenses:Food:Groceries");
      assertThat(chart.require("Assets:Bank:Ing")).isEqualTo(Account.builder().code("Assets:Bank:Ing").name("Ing")
          .type(AccountType.ASSET).parent("Assets:Bank").build());
      assertThat(chart.require("Assets").parent()).isEmpty();
      assertThat(chart.require("Liabilities:Loan").type()).isEqualTo(AccountType.LIABILITY);
      assertThat(chart.require("Expenses:Food").type()).isEqualTo(AccountType.EXPENSE);
      assertThat(j.commodities()).containsExactly(Monies.EUR, Monies.PLN, Monies.USD);
      assertThat(j.accountLines()).containsEntry("Assets:Bank:Ing", 1L).containsEntry("Expenses:Food", 9L);
    }

    @Test
    void polishChartNumbersGiveTheTypes() {
      ParsedJournal j = read("2025-01-05 x\n    402 Zużycie materiałów  10.00 PLN\n    700 Sprzedaż  -10.00 PLN\n");
      assertThat(j.chart().require("402 Zużycie materiałów").type()).isEqualTo(AccountType.EXPENSE);
      assertThat(j.chart().require("700 Sprzedaż").type()).isEqualTo(AccountType.REVENUE);
    }
  }

  @Nested
  class Sources {
    @Test
    void streamingHandsOverEachTransactionInFileOrder() {
      String text = "2025-01-05 a\n    A:B  1.00 PLN\n    A:C\n\n2025-01-06 b\n    A:B  2.00 PLN\n    A:C\n";
      List<String> seen = new ArrayList<>();
      JournalSummary s = JournalReader.stream(new StringReader(text), SRC,
          t -> seen.add(t.entry().description() + "@" + t.line().getAsLong()));
      assertThat(seen).containsExactly("a@1", "b@5");
      assertThat(s.transactionCount()).isEqualTo(2);
      assertThat(s.commodities()).containsExactly(Monies.PLN);
      assertThat(s.chart().contains("A:B")).isTrue();
      assertThat(s.source()).isEqualTo(SRC);
    }

    @Test
    void streamingStopsAtTheFirstErrorAfterHandingOverWhatCameBefore() {
      String text = "2025-01-05 a\n    A:B  1.00 PLN\n    A:C\n\n2025-01-06 b\n    A:B  2.00 PLN\n";
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(() -> JournalReader.stream(new StringReader(text), SRC, t -> seen.add(t.entry().description())))
          .isInstanceOf(JournalParseException.class).hasMessageStartingWith("t.ledger:5:1: ");
      assertThat(seen).containsExactly("a");
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
      java.nio.file.Path missing = java.nio.file.Path.of("no-such-dir", "missing.ledger");
      assertThatThrownBy(() -> JournalReader.read(missing))
          .isInstanceOf(dev.backoffice.core.error.BackOfficeException.class).hasMessageContaining(missing.toString());
      assertThatThrownBy(() -> JournalBalances.of(missing))
          .isInstanceOf(dev.backoffice.core.error.BackOfficeException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void unpairedSurrogatesInAReaderAreAnErrorNotReplaced() {
      assertThatThrownBy(() -> read("2025-01-05 a\uD800\n    A:B  1.00 PLN\n    A:C\n"))
          .hasMessageContaining("t.ledger");
    }
  }

  @Nested
  class Loading {
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void loadsEntriesIntoANewLedgerOpeningTheAccountsItLacks() {
      ParsedJournal j = read("2025-01-05 a\n    Assets:Bank  10.00 PLN\n    Equity:Opening\n");
      Ledger ledger = JournalReader.load(j, Ledger.builder().clock(clock)
          .chart(ChartOfAccounts.of(Account.of("Assets", "Assets", AccountType.ASSET))));
      assertThat(ledger.postedCount()).isEqualTo(1);
      assertThat(ledger.balance("Assets:Bank", Monies.PLN, LocalDate.of(2025, 1, 31))).isEqualTo(pln("10.00"));
      assertThat(ledger.chart().require("Equity:Opening").type()).isEqualTo(AccountType.EQUITY);
    }

    @Test
    void aRejectedEntryIsAnErrorAtItsTransactionsLine() {
      ParsedJournal j = read("2025-01-05 a\n    Assets:Bank  10.00 PLN\n    Equity:Opening\n\n"
          + "2025-01-06 b\n    Assets:Blocked  1.00 PLN\n    Equity:Opening\n");
      Ledger.Builder builder = Ledger.builder().clock(clock).chart(ChartOfAccounts.of(
          Account.of("Assets", "Assets", AccountType.ASSET),
          Account.builder().code("Assets:Blocked").name("Blocked").type(AccountType.ASSET).parent("Assets").blocked(true).build()));
      JournalParseException e = catchThrowableOfType(JournalParseException.class, () -> JournalReader.load(j, builder));
      assertThat(e.line()).isEqualTo(5);
      assertThat(e.getMessage()).startsWith("t.ledger:5:1: ").contains("account is blocked");
      assertThat(e.getCause()).isInstanceOf(PostingRejectedException.class);
    }
  }

  @Nested
  class Errors {
    @Test
    void unknownDirective() {
      JournalParseException e = failure("include other.ledger\n", 1, 1);
      assertThat(e.field()).isEqualTo("line");
      assertThat(e.value()).contains("include other.ledger");
      failure("~ monthly\n", 1, 1);
    }

    @Test
    void badDates() {
      failure("2025-1-05 x\n", 1, 1);
      failure("\n2025-13-01 x\n", 2, 1);
      failure("2025-02-29 x\n", 1, 1);
      failure("2025-01/05 x\n", 1, 1);
      assertThat(failure("2025-01-05=2025-01-07 x\n", 1, 11).rule()).contains("secondary dates");
      read("2024-02-29 leap\n    A:B  1.00 PLN\n    A:C\n");
    }

    @Test
    void badCodes() {
      failure("2025-01-05 (FV/1 x\n", 1, 12);
      failure("2025-01-05 () x\n", 1, 12);
    }

    @Test
    void semicolonInTheDescriptionThatTheToolsReadDifferently() {
      // ledger keeps "a;b" as the description, hledger starts a comment at ';'
      failure("2025-01-05 a;b\n    A:B  1.00 PLN\n    A:C\n", 1, 13);
      failure("2025-01-05 a ;b\n    A:B  1.00 PLN\n    A:C\n", 1, 14);
    }

    @Test
    void postingStatusMarksAndVirtualPostings() {
      failure("2025-01-05 x\n    * A:B  1.00 PLN\n    A:C\n", 2, 5);
      failure("2025-01-05 x\n    A:B  1.00 PLN\n    (A:C)  -1.00 PLN\n", 3, 5);
      failure("2025-01-05 x\n    A:B  1.00 PLN\n    [A:C]  -1.00 PLN\n", 3, 5);
    }

    @Test
    void amountsWithoutAKnownCurrency() {
      failure("2025-01-05 x\n    A:B  1.00\n    A:C\n", 2, 10);
      assertThat(failure("2025-01-05 x\n    A:B  1.00 XYZ\n    A:C\n", 2, 15).rule()).contains("ISO 4217");
      failure("2025-01-05 x\n    A:B  1.00 zł\n    A:C\n", 2, 15);
      failure("2025-01-05 x\n    A:B  $1.00\n    A:C\n", 2, 10);
      failure("2025-01-05 x\n    A:B  1.00 XAU\n    A:C\n", 2, 15);
    }

    @Test
    void amountsWithMoreDecimalsThanTheCurrency() {
      JournalParseException e = failure("2025-01-05 x\n    A:B  100.005 PLN\n    A:C\n", 2, 10);
      assertThat(e.getMessage()).isEqualTo(
          "t.ledger:2:10: amount = '100.005 PLN' is invalid: must have at most 2 decimal places for PLN");
      failure("2025-01-05 x\n    A:B  1.5 JPY\n    A:C\n", 2, 10);
    }

    @Test
    void malformedNumbers() {
      assertThat(failure("2025-01-05 x\n    A:B  1,000 PLN\n    A:C\n", 2, 10).rule()).contains("decimal point");
      failure("2025-01-05 x\n    A:B  1,00.00 PLN\n    A:C\n", 2, 14);
      failure("2025-01-05 x\n    A:B  1000,000.00 PLN\n    A:C\n", 2, 14);
      failure("2025-01-05 x\n    A:B  1.000,00 EUR\n    A:C\n", 2, 15);
      failure("2025-01-05 x\n    A:B  5. PLN\n    A:C\n", 2, 11);
      failure("2025-01-05 x\n    A:B  .5 PLN\n    A:C\n", 2, 10);
      failure("2025-01-05 x\n    A:B  +5 PLN\n    A:C\n", 2, 10);
      failure("2025-01-05 x\n    A:B  -PLN -5\n    A:C\n", 2, 15);
      failure("2025-01-05 x\n    A:B  1234567890123456789 PLN\n    A:C\n", 2, 10);
      failure("2025-01-05 x\n    A:B  1.2.3 PLN\n    A:C\n", 2, 13);
    }

    @Test
    void textAfterTheAmount() {
      failure("2025-01-05 x\n    A:B  1.00 PLN EUR\n    A:C\n", 2, 19);
      assertThat(failure("2025-01-05 x\n    A:B  1.00 PLN = 5.00 PLN\n    A:C\n", 2, 19).getMessage())
          .endsWith(":2:19: balance assertion failed on A:B: expected 5.00 PLN, found 1.00 PLN");
      assertThat(failure("2025-01-05 x\n    A:B  1.00 PLN = 1.00 PLN = 1.00 PLN\n    A:C\n", 2, 30).rule())
          .contains("at most one balance assertion");
      assertThat(failure("2025-01-05 x\n    A:B  1.00 EUR {4.00 PLN}\n    A:C\n", 2, 19).rule()).contains("lot price");
      failure("2025-01-05 x\n    A:B  1.00 EUR @ 4.00 PLN @ 5.00 PLN\n    A:C\n", 2, 30);
    }

    @Test
    void badPrices() {
      failure("2025-01-05 x\n    A:B  1.00 EUR @ 4.00 EUR\n    A:C\n", 2, 21);
      failure("2025-01-05 x\n    A:B  1.00 EUR @ -4.00 PLN\n    A:C\n", 2, 21);
      failure("2025-01-05 x\n    A:B  1.00 EUR @@ PLN -4.00\n    A:C\n", 2, 26);
      failure("2025-01-05 x\n    A:B  1.00 EUR @@ 4.001 PLN\n    A:C\n", 2, 22);
      failure("2025-01-05 x\n    A:B  0.00 EUR @@ 4.00 PLN\n    A:C\n", 2, 5);
    }

    @Test
    void twoPostingsWithoutAmount() {
      JournalParseException e = failure("2025-01-05 x\n    A:B  1.00 PLN\n    A:C\n    A:D\n", 4, 5);
      assertThat(e.rule()).contains("line 3");
    }

    @Test
    void unbalancedTransactionsAreErrorsAtTheirHeader() {
      JournalParseException e = failure("; c\n\n2025-01-05 x\n    A:B  1.00 PLN\n    A:C  -0.99 PLN\n", 3, 1);
      assertThat(e.getMessage()).isEqualTo("t.ledger:3:1: transaction = 'PLN +0.01' is invalid: must balance: in each"
          + " commodity the amounts (or their @/@@ costs) must sum to zero");
      JournalParseException two = failure("2025-01-05 x\n    A:B  10.00 EUR\n    A:C  -42.00 PLN\n", 1, 1);
      assertThat(two.value()).contains("EUR +10.00, PLN -42.00");
      assertThat(two.rule()).contains("state the conversion");
    }

    @Test
    void fewerThanTwoPostings() {
      failure("2025-01-05 x\n    A:B  0.00 PLN\n", 1, 1);
      failure("2025-01-05 x\n", 1, 1);
      failure("2025-01-05 x\n    A:B\n", 1, 1);
    }

    @Test
    void indentedLinesOutsideTransactions() {
      assertThat(failure("2025-01-05 x\n    A:B  1.00 PLN\n    A:C\n\n    A:D  1.00 PLN\n", 5, 5).rule())
          .contains("blank line ends the transaction");
      failure("    A:D  1.00 PLN\n", 1, 5);
      failure("; note\n  A:D  1.00 PLN\n", 2, 3);
      assertThat(failure("commodity PLN\n    format 1,000.00 PLN\n", 2, 5).field()).isEqualTo("directive option");
    }

    @Test
    void badDirectives() {
      failure("account\n", 1, 8);
      failure("account A:B  C\n", 1, 14);
      failure("commodity\n", 1, 10);
      failure("commodity PLN  x\n", 1, 16);
      failure("commodity XYZ\n", 1, 11);
      failure("commodity \"ABC 1\"\n", 1, 11);
    }

    @Test
    void accountNamesTheChartCannotHold() {
      failure("2025-01-05 x\n    A::B  1.00 PLN\n    A:C\n", 2, 5);
      failure("2025-01-05 x\n    A:B ;x  1.00 PLN\n    A:C\n", 2, 5);
      failure("2025-01-05 x\n    A:B  1.00 PLN\n    A :C\n", 3, 5);
      failure("2025-01-05 x\n    A:B  1.00 PLN\n    " + "X".repeat(201) + "\n", 3, 5);
      failure("account :A\n", 1, 9);
    }

    @Test
    void tooLongDescriptionsAndMemos() {
      failure("2025-01-05 " + "ą".repeat(513) + "\n    A:B  1.00 PLN\n    A:C\n", 1, 12);
      read("2025-01-05 " + "ą".repeat(512) + "\n    A:B  1.00 PLN\n    A:C\n");
      failure("2025-01-05 x\n    A:B  1.00 PLN  ; " + "m".repeat(300) + "\n    ; " + "m".repeat(212) + "\n    A:C\n", 2, 5);
      read("2025-01-05 x\n    A:B  1.00 PLN  ; " + "m".repeat(300) + "\n    ; " + "m".repeat(211) + "\n    A:C\n");
    }

    @Test
    void bytesThatAreNotUtf8() {
      byte[] bytes = "2025-01-05 x\n    A:B\u00ff  1.00 PLN\n    A:C\n".getBytes(StandardCharsets.ISO_8859_1);
      JournalParseException e = catchThrowableOfType(JournalParseException.class, () -> JournalReader.read(new ByteArrayInputStream(bytes), SRC));
      assertThat(e.getMessage()).startsWith("t.ledger:2:8: text");
    }

    @Test
    void theFirstErrorInTheFileWinsOnTheBalancePathToo() {
      // the bad account on line 4 is met before the transaction's balance is checked
      failure("2025-01-05 x\n    A:B  1.00 PLN\n    A:C  -2.00 PLN\n    A::D  1.00 PLN\n", 4, 5);
      failure("2025-01-05 x\n    A:B  1.00 XYZ\n    A::C  -2.00 PLN\n", 2, 15);
    }
  }

  @Test
  void exceptionCarriesItsParts() {
    JournalParseException e = new JournalParseException("f.ledger", 3, 7, "amount", "1 PLN", "must be positive");
    assertThat(e.getMessage()).isEqualTo("f.ledger:3:7: amount = '1 PLN' is invalid: must be positive");
    assertThat(e.subject()).contains("f.ledger:3:7");
    assertThat(e.movedDown(10).line()).isEqualTo(13);
    assertThat(CurrencyUnit.of("PLN")).isEqualTo(Monies.PLN);
  }
}
