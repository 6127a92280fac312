package dev.backoffice.ledger.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankStatementsTest {
  @ParameterizedTest
  @CsvSource({"mt940-pl-bph.sta,MT940", "mt940-nl-asn-swift-blocks.sta,MT940",
      "camt053-02-ing.xml,CAMT_053_001_02", "bad/camt053-08-unbalanced.xml,CAMT_053_001_08"})
  void the_format_is_detected_from_the_content(String name, StatementFormat format) throws IOException {
    byte[] bytes = Files.readAllBytes(SharedData.require("bank-statements/" + name));
    assertThat(BankStatements.detect(bytes)).isEqualTo(format);
  }

  @Test
  void read_dispatches_on_the_content() throws IOException {
    byte[] camt = Files.readAllBytes(SharedData.require("bank-statements/camt053-02-nordea.xml"));
    assertThat(BankStatements.read("n.xml", camt).get(0).format()).isEqualTo(StatementFormat.CAMT_053_001_02);
    byte[] mt940 = Files.readAllBytes(SharedData.require("bank-statements/mt940-pl-bph.sta"));
    assertThat(BankStatements.read("b.sta", mt940).get(0).format()).isEqualTo(StatementFormat.MT940);
    assertThat(BankStatements.detect("\ufeff  \n<Document/>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(StatementFormat.CAMT_053_001_02);
  }
}
