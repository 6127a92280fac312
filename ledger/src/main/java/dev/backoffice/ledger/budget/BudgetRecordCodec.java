package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.guard.GuardRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The fields of a {@link BudgetRecords.Stored budget record}: one string per field, in a fixed order (the layout
 * is in the file store's {@code FORMAT.md}, "Budget records"). Numbers are decimal, dates and instants ISO-8601, money
 * {@code "PLN 12.34"}, rates their fraction ({@code "0.05"} for 5 %), enum constants their names; a list is its
 * size then its elements; an optional value is {@code "0"}, or {@code "1"} then the value. Values are rebuilt
 * through their own builders, so a record read back passes the same validation as one made by the control.
 */
final class BudgetRecordCodec {
  private BudgetRecordCodec() {}

  /** Writes fields in order. */
  static final class Writer {
    private final List<String> fields = new ArrayList<>();

    List<String> fields() {
      return fields;
    }

    void str(String s) {
      fields.add(s);
    }

    void num(long n) {
      fields.add(Long.toString(n));
    }

    void money(Money m) {
      fields.add(m.toString());
    }

    private void date(LocalDate d) {
      fields.add(d.toString());
    }

    private void rate(Optional<Rate> r) {
      optional(r.map(x -> x.fraction().toPlainString()));
    }

    private void optionalMoney(Optional<Money> m) {
      optional(m.map(Money::toString));
    }

    private void optional(Optional<String> s) {
      fields.add(s.isPresent() ? "1" : "0");
      s.ifPresent(fields::add);
    }

    private void dimensions(Dimensions d) {
      num(d.asMap().size());
      d.asMap().forEach((k, v) -> {
        str(k.name());
        str(v);
      });
    }

    void budget(Budget b) {
      str(b.id());
      str(b.name());
      date(b.fiscalYear().start());
      date(b.fiscalYear().end());
      str(b.version().name());
      str(b.scenario());
      str(b.currency().getCode());
      rules(b.rules());
      carryForward(b.carryForward());
      num(b.lines().size());
      for (BudgetLine l : b.lines()) {
        str(l.id());
        str(l.accounts().kind().name());
        str(l.accounts().code());
        str(l.accounts().lastCode());
        dimensions(l.dimensions());
        num(l.amounts().size());
        l.amounts().forEach(this::money);
        rules(l.rules());
        fields.add(l.carryForward().isPresent() ? "1" : "0");
        l.carryForward().ifPresent(this::carryForward);
        str(l.description());
      }
    }

    private void rules(List<ControlRule> rules) {
      num(rules.size());
      for (ControlRule r : rules) {
        str(r.action().name());
        str(r.scope().name());
        num(r.targets().size());
        r.targets().forEach(t -> str(t.name()));
        rate(r.tolerancePercent());
        optionalMoney(r.toleranceAmount());
      }
    }

    private void carryForward(CarryForwardRule c) {
      str(Boolean.toString(c.enabled()));
      rate(c.capPercent());
      optionalMoney(c.capAmount());
    }

    void revision(BudgetRevision r) {
      num(r.sequence());
      str(r.kind().name());
      num(r.changes().size());
      for (BudgetChange c : r.changes()) {
        str(c.budgetId());
        str(c.lineId());
        date(c.period().start());
        date(c.period().end());
        money(c.amount());
      }
      money(r.amount());
      str(r.reason());
      str(r.recordedAt().toString());
    }

    void commitment(Commitment c) {
      str(c.id());
      str(c.account());
      dimensions(c.dimensions());
      date(c.date());
      money(c.amount());
      fields.add(c.document().isPresent() ? "1" : "0");
      c.document().ifPresent(d -> {
        str(d.type());
        str(d.number());
        date(d.date());
        optional(d.issuer());
      });
      str(c.description());
    }

    void warnings(List<PostingWarning> warnings) {
      num(warnings.size());
      for (PostingWarning w : warnings) {
        str(w.source());
        str(w.message());
      }
    }
  }

  /** Reads fields in order; every malformed field is a {@link ValidationException} naming the record and field. */
  static final class Reader {
    private final GuardRecord record;
    private final ImmutableList<String> fields;
    private int at;

    Reader(GuardRecord record) {
      this.record = record;
      this.fields = record.fields();
    }

    ValidationException error(String what, Object value, String rule) {
      return new ValidationException("budget record " + record.type() + " of " + record.at(),
          what + " (field " + at + ")", value, rule);
    }

    String str() {
      if (at >= fields.size()) {
        throw error("fields", fields.size(), "must hold more fields: the record ends early");
      }
      return fields.get(at++);
    }

    /** Parses the next field; a parse failure names the field. */
    private <T> T parse(String what, java.util.function.Function<String, T> parser) {
      String s = str();
      try {
        return parser.apply(s);
      } catch (RuntimeException e) {
        throw error(what, s, "must be " + what + " (" + e.getMessage() + ")");
      }
    }

    long num() {
      return parse("a whole number", Long::parseLong);
    }

    private int count() {
      long n = num();
      if (n < 0 || n > fields.size() - at) {
        throw error("count", n, "must be between 0 and the " + (fields.size() - at) + " fields left");
      }
      return (int) n;
    }

    Money money() {
      return parse("money", Money::parse);
    }

    private LocalDate date() {
      return parse("a date", LocalDate::parse);
    }

    private boolean present() {
      String s = str();
      if (!s.equals("0") && !s.equals("1")) {
        throw error("presence mark", s, "must be 0 or 1");
      }
      return s.equals("1");
    }

    private <T> Optional<T> optional(Supplier<T> value) {
      return present() ? Optional.of(value.get()) : Optional.empty();
    }

    private <E extends Enum<E>> E constant(Class<E> type) {
      return parse(type.getSimpleName(), s -> Enum.valueOf(type, s));
    }

    private Optional<Rate> rate() {
      return optional(() -> parse("a rate", Rate::ofFraction));
    }

    private Dimensions dimensions() {
      int n = count();
      TreeMap<Dimension, String> tags = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        tags.put(Dimension.of(str()), str());
      }
      return Dimensions.of(tags);
    }

    /** Checks that every field was read. */
    void end() {
      if (at != fields.size()) {
        throw error("fields", fields.size(), "must all be read: " + (fields.size() - at) + " left over");
      }
    }

    Budget budget() {
      ImmutableBudget.Builder b = Budget.builder().id(str()).name(str())
          .fiscalYear(FiscalYear.of(date(), date())).version(constant(BudgetVersion.class)).scenario(str())
          .currency(parse("a currency", CurrencyUnit::of)).rules(rules()).carryForward(carryForward());
      int lines = count();
      for (int i = 0; i < lines; i++) {
        ImmutableBudgetLine.Builder l = BudgetLine.builder().id(str());
        AccountSelector.Kind kind = constant(AccountSelector.Kind.class);
        l.accounts(ImmutableAccountSelector.of(kind, str(), str())).dimensions(dimensions());
        int amounts = count();
        for (int p = 0; p < amounts; p++) {
          l.addAmounts(money());
        }
        l.rules(rules());
        l.carryForward(optional(this::carryForward));
        b.addLines(l.description(str()).build());
      }
      return b.build();
    }

    private List<ControlRule> rules() {
      int n = count();
      List<ControlRule> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        ImmutableControlRule.Builder r = ImmutableControlRule.builder().action(constant(ControlAction.class))
            .scope(constant(ControlScope.class));
        int targets = count();
        for (int t = 0; t < targets; t++) {
          r.addTargets(constant(ControlTarget.class));
        }
        out.add(r.tolerancePercent(rate()).toleranceAmount(optional(this::money)).build());
      }
      return out;
    }

    private CarryForwardRule carryForward() {
      boolean enabled = parse("true or false", s -> {
        if (!s.equals("true") && !s.equals("false")) {
          throw new IllegalArgumentException("not a boolean");
        }
        return s.equals("true");
      });
      return ImmutableCarryForwardRule.builder().enabled(enabled).capPercent(rate()).capAmount(optional(this::money))
          .build();
    }

    BudgetRevision revision() {
      ImmutableBudgetRevision.Builder r = BudgetRevision.builder().sequence(num()).kind(constant(RevisionKind.class));
      int changes = count();
      for (int i = 0; i < changes; i++) {
        r.addChanges(BudgetChange.of(str(), str(), AccountingPeriod.of(date(), date()), money()));
      }
      return r.amount(money()).reason(str()).recordedAt(parse("an instant", Instant::parse)).build();
    }

    Commitment commitment() {
      ImmutableCommitment.Builder c = Commitment.builder().id(str()).account(str()).dimensions(dimensions())
          .date(date()).amount(money());
      if (present()) {
        c.document(DocumentRef.builder().type(str()).number(str()).date(date()).issuer(optional(this::str)).build());
      }
      return c.description(str()).build();
    }

    ImmutableList<PostingWarning> warnings() {
      int n = count();
      ImmutableList.Builder<PostingWarning> out = ImmutableList.builder();
      for (int i = 0; i < n; i++) {
        out.add(PostingWarning.of(str(), str()));
      }
      return out.build();
    }
  }
}
