package dev.backoffice.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

  @Test
  void everyFailureIsAnUncheckedBackOfficeException() {
    assertThat(new ValidationException("f", "v", "r")).isInstanceOf(BackOfficeException.class);
    assertThat(new ConflictException("s", "r")).isInstanceOf(BackOfficeException.class);
    assertThat(new NotFoundException("k", "i")).isInstanceOf(BackOfficeException.class);
    assertThat(new PeriodClosedException("s", "p", "CLOSED", LocalDate.EPOCH)).isInstanceOf(BackOfficeException.class);
    assertThat(new BackOfficeException("m")).isInstanceOf(RuntimeException.class);
  }

  @Test
  void keepsTheCause() {
    IOException io = new IOException("disk full");
    BackOfficeException e = new BackOfficeException("could not store entry E-1", io);

    assertThat(e).hasMessage("could not store entry E-1").hasCause(io);
  }

  @Test
  void aValidationFailureNamesSubjectFieldValueAndRule() {
    ValidationException e = new ValidationException("entry FV/1/2025", "lines[1].amount", "-5.00 PLN", "must be positive");

    assertThat(e).hasMessage("entry FV/1/2025: lines[1].amount = '-5.00 PLN' is invalid: must be positive");
    assertThat(e.subject()).contains("entry FV/1/2025");
    assertThat(e.field()).isEqualTo("lines[1].amount");
    assertThat(e.value()).contains("-5.00 PLN");
    assertThat(e.rule()).isEqualTo("must be positive");
  }

  @Test
  void aValidationFailureWithoutSubjectOrValue() {
    ValidationException noSubject = new ValidationException("scale", 19, "must be between 0 and 18");
    ValidationException absent = new ValidationException("account", null, "is required");

    assertThat(noSubject).hasMessage("scale = '19' is invalid: must be between 0 and 18");
    assertThat(noSubject.subject()).isEmpty();
    assertThat(noSubject.value()).contains("19");
    assertThat(absent).hasMessage("account = <absent> is invalid: is required");
    assertThat(absent.value()).isEmpty();
  }

  @Test
  void aMessageOnlyValidationFailureKeepsTheMessageAsRule() {
    ValidationException e = new ValidationException("Cannot build X, some of required attributes are not set [a]");

    assertThat(e.field()).isEmpty();
    assertThat(e.value()).isEmpty();
    assertThat(e.subject()).isEmpty();
    assertThat(e.rule()).isEqualTo(e.getMessage());
  }

  @Test
  void aConflictNamesSubjectAndReason() {
    ConflictException e = new ConflictException("entry E-1", "already reversed by E-7");

    assertThat(e).hasMessage("entry E-1: already reversed by E-7");
    assertThat(e.subject()).isEqualTo("entry E-1");
    assertThat(e.reason()).isEqualTo("already reversed by E-7");
  }

  @Test
  void notFoundNamesKindAndId() {
    NotFoundException plain = new NotFoundException("account", "401-01");
    NotFoundException specific = new NotFoundException("entry", "E-9", "no entry E-9 in ledger L");

    assertThat(plain).hasMessage("account '401-01' does not exist");
    assertThat(plain.kind()).isEqualTo("account");
    assertThat(plain.id()).isEqualTo("401-01");
    assertThat(specific).hasMessage("no entry E-9 in ledger L");
    assertThat(specific.kind()).isEqualTo("entry");
    assertThat(specific.id()).isEqualTo("E-9");
  }

  @Test
  void aClosedPeriodNamesSubjectPeriodStateAndDate() {
    LocalDate date = LocalDate.of(2025, 1, 31);
    PeriodClosedException e = new PeriodClosedException("entry E-1", "2025-01", "CLOSED", date);

    assertThat(e).hasMessage("entry E-1: date 2025-01-31 falls in period 2025-01 which is CLOSED");
    assertThat(e.subject()).isEqualTo("entry E-1");
    assertThat(e.periodId()).isEqualTo("2025-01");
    assertThat(e.periodState()).isEqualTo("CLOSED");
    assertThat(e.date()).isEqualTo(date);
  }

  @Test
  void checksNameTheFieldAndValue() {
    assertThat(Checks.notNull("x", "name")).isEqualTo("x");
    assertThatThrownBy(() -> Checks.notNull(null, "name"))
        .isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
    assertThat(Checks.notBlank("x", "name")).isEqualTo("x");
    assertThatThrownBy(() -> Checks.notBlank(" \t", "name"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"))
        .hasMessage("name = ' \t' is invalid: must not be blank");
    assertThatThrownBy(() -> Checks.notBlank(null, "name")).isInstanceOf(NullPointerException.class);
    assertThatCode(() -> Checks.check(true, "f", 1, "r")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Checks.check(false, "amount", -1, "must be positive"))
        .isInstanceOf(ValidationException.class).hasMessage("amount = '-1' is invalid: must be positive");
    assertThatThrownBy(() -> Checks.check(false, "employee 17", "gross", "0.00", "must be positive"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.subject()).contains("employee 17"))
        .hasMessage("employee 17: gross = '0.00' is invalid: must be positive");
  }
}
