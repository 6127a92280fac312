package dev.backoffice.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentRefTest {
  private static final LocalDate JAN_3 = LocalDate.of(2025, 1, 3);

  @Test
  void referencesADocumentByTypeNumberAndDate() {
    DocumentRef invoice = DocumentRef.of("FV", "FV/1/2025", JAN_3);

    assertThat(invoice.type()).isEqualTo("FV");
    assertThat(invoice.number()).isEqualTo("FV/1/2025");
    assertThat(invoice.date()).isEqualTo(JAN_3);
    assertThat(invoice.issuer()).isEmpty();
    assertThat(invoice).hasToString("FV FV/1/2025 2025-01-03");
    assertThat(invoice).isEqualTo(DocumentRef.of("FV", "FV/1/2025", JAN_3));
  }

  @Test
  void anOutsideDocumentNamesItsIssuer() {
    DocumentRef purchase = DocumentRef.builder()
        .type("FZ").number("2025/01/117").date(JAN_3).issuer("ACME Sp. z o.o.").build();

    assertThat(purchase.issuer()).contains("ACME Sp. z o.o.");
    assertThat(purchase).hasToString("FZ 2025/01/117 2025-01-03 (ACME Sp. z o.o.)");
  }

  @Test
  void aMissingRequiredAttributeIsAValidationError() {
    assertThatThrownBy(() -> DocumentRef.builder().type("FV").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.getMessage()).contains("DocumentRef", "number", "date").doesNotContain("type");
          assertThat(e.rule()).isEqualTo(e.getMessage());
          assertThat(e.field()).isEmpty();
          assertThat(e.value()).isEmpty();
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"fv", "F V", "1FV", "ABCDEFGHIJK", ""})
  void rejectsTypesThatAreNotUpperCaseCodes(String type) {
    assertThatThrownBy(() -> DocumentRef.of(type, "1", JAN_3))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.subject()).hasValue("document");
          assertThat(e.field()).isEqualTo("type");
          assertThat(e.value()).hasValue(type);
          assertThat(e.rule()).isEqualTo("must be an upper-case code such as FV, WB, LP");
        });
  }

  @Test
  void acceptsTenCharacterCodesWithDigitsAndUnderscores() {
    assertThat(DocumentRef.of("KP_2025ABC", "1", JAN_3).type()).isEqualTo("KP_2025ABC");
  }

  @Test
  void rejectsBlankOrOverlongNumbers() {
    assertThatThrownBy(() -> DocumentRef.of("FV", " ", JAN_3))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.subject()).hasValue("document FV");
          assertThat(e.field()).isEqualTo("number");
        })
        .hasMessage("document FV: number = ' ' is invalid: must be non-blank and at most 256 characters");
    assertThat(DocumentRef.of("FV", "9".repeat(256), JAN_3).number()).hasSize(256);
    assertThatThrownBy(() -> DocumentRef.of("FV", "9".repeat(257), JAN_3)).isInstanceOf(ValidationException.class);
  }

  @Test
  void rejectsABlankIssuer() {
    assertThatThrownBy(() -> DocumentRef.builder().type("FZ").number("7").date(JAN_3).issuer("").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.subject()).hasValue("document 7");
          assertThat(e.field()).isEqualTo("issuer");
        });
  }

  @Test
  void copiesAreCheckedToo() {
    DocumentRef invoice = DocumentRef.of("FV", "FV/1/2025", JAN_3);

    assertThat(ImmutableDocumentRef.copyOf(invoice).withNumber("FV/2/2025").number()).isEqualTo("FV/2/2025");
    assertThatThrownBy(() -> ImmutableDocumentRef.copyOf(invoice).withType("fv")).isInstanceOf(ValidationException.class);
  }

  @Test
  void rejectsNullAttributes() {
    assertThatThrownBy(() -> DocumentRef.of(null, "1", JAN_3))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("type");
  }
}
