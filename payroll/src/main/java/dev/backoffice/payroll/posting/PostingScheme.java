package dev.backoffice.payroll.posting;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.PayslipTotals;
import dev.backoffice.payroll.run.PayrollRegister;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * How a payroll register becomes balanced journal entries (księgowanie listy płac). The accounts are
 * configurable; the defaults follow the Polish chart of accounts (wzorcowy plan kont):
 *
 * <table>
 *   <caption>Default scheme</caption>
 *   <tr><th>amount</th><th>debit (Wn)</th><th>credit (Ma)</th></tr>
 *   <tr><td>gross pay (less sickness benefit)</td><td>404 wynagrodzenia</td><td>231 rozrachunki z tytułu wynagrodzeń</td></tr>
 *   <tr><td>sickness benefit paid for ZUS</td><td>229 rozrachunki publicznoprawne (ZUS)</td><td>231</td></tr>
 *   <tr><td>employee ZUS + health</td><td>231</td><td>229</td></tr>
 *   <tr><td>PIT advance</td><td>231</td><td>225 rozrachunki z budżetami (PIT)</td></tr>
 *   <tr><td>employer ZUS, Labour Fund, FGŚP</td><td>405 ubezpieczenia społeczne i inne świadczenia</td><td>229</td></tr>
 *   <tr><td>employee PPK</td><td>231</td><td>240 pozostałe rozrachunki (PPK)</td></tr>
 *   <tr><td>employer PPK</td><td>405</td><td>240</td></tr>
 *   <tr><td>net pay paid</td><td>231</td><td>130 rachunek bankowy</td></tr>
 * </table>
 *
 * Each entry is dated on the register's payment date, has the run as its {@link DocumentRef} (type
 * {@code LP}, the run's number), an idempotency key derived from the run and the employee (or department),
 * and balances by construction: account 231 is credited with gross pay and debited with the deductions and
 * net pay, which sum to gross on every payslip. Zero amounts get no line.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PostingScheme {
  /** Salary expense (Wn gross pay). Default {@code 404}. */
  @Value.Default
  public String salaryExpense() {
    return "404";
  }

  /** Social insurance expense (Wn employer contributions and employer PPK). Default {@code 405}. */
  @Value.Default
  public String socialExpense() {
    return "405";
  }

  /** Payroll settlements with employees (Ma gross, Wn deductions and net). Default {@code 231}. */
  @Value.Default
  public String payrollPayable() {
    return "231";
  }

  /** Settlements with ZUS (Ma contributions; Wn sickness benefit paid on ZUS's behalf). Default {@code 229}. */
  @Value.Default
  public String zusPayable() {
    return "229";
  }

  /** Settlements with the tax office (Ma PIT). Default {@code 225}. */
  @Value.Default
  public String pitPayable() {
    return "225";
  }

  /** Settlements with the PPK institution (Ma employee and employer PPK). Default {@code 240}. */
  @Value.Default
  public String ppkPayable() {
    return "240";
  }

  /** The bank account net pay is paid from (Ma net). Default {@code 130}. */
  @Value.Default
  public String bank() {
    return "130";
  }

  /** How the register is split into entries. Default {@link PostingGrouping#PER_EMPLOYEE}. */
  @Value.Default
  public PostingGrouping grouping() {
    return PostingGrouping.PER_EMPLOYEE;
  }

  /**
   * The default Polish scheme (404/405/231/229/225/240/130, one entry per employee).
   *
   * @return the scheme
   */
  public static PostingScheme polish() {
    return builder().build();
  }

  /**
   * A builder, to change accounts or grouping.
   *
   * @return a new builder
   */
  public static ImmutablePostingScheme.Builder builder() {
    return ImmutablePostingScheme.builder();
  }

  /**
   * The journal entries of a register: one per employee (or department), in the register's order.
   * Employees that failed in the run are not in the register and so not posted.
   *
   * @param register the payroll register
   * @return balanced entries; their lines sum per account to the register's totals
   * @throws dev.backoffice.core.error.ValidationException if an entry cannot be built (e.g. an invalid account code)
   */
  public ImmutableList<JournalEntry> entries(PayrollRegister register) {
    Checks.notNull(register, "register");
    DocumentRef doc = DocumentRef.of("LP", register.number(), register.paymentDate());
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    if (grouping() == PostingGrouping.PER_EMPLOYEE) {
      for (Payslip p : register.payslips()) {
        Dimensions dims = Dimensions.of(Dimension.EMPLOYEE, p.employeeId());
        if (p.department().isPresent()) {
          dims = dims.with(Dimension.DEPARTMENT, p.department().get());
        }
        String who = p.employeeId() + p.employeeName().map(n -> " " + n).orElse("");
        entry(register, doc, PayslipTotals.empty().plus(p), dims, "employee " + who, "E:" + p.employeeId(), out);
      }
    } else {
      for (Map.Entry<String, PayslipTotals> e : register.totalsByDepartment().entrySet()) {
        boolean none = e.getKey().equals(PayrollRegister.NO_DEPARTMENT);
        Dimensions dims = none ? Dimensions.empty() : Dimensions.of(Dimension.DEPARTMENT, e.getKey());
        entry(register, doc, e.getValue(), dims, none ? "no department" : "department " + e.getKey(), "D:" + e.getKey(), out);
      }
    }
    return out.build();
  }

  private void entry(PayrollRegister register, DocumentRef doc, PayslipTotals t, Dimensions dims, String who, String keyPart,
      ImmutableList.Builder<JournalEntry> out) {
    List<JournalLine> lines = new ArrayList<>(14);
    Money benefits = t.zusFinancedBenefits();
    add(lines, salaryExpense(), Side.DEBIT, t.gross().minus(benefits), dims, "wynagrodzenia brutto");
    add(lines, zusPayable(), Side.DEBIT, benefits, dims, "zasiłki wypłacone w imieniu ZUS");
    add(lines, payrollPayable(), Side.CREDIT, t.gross(), dims, "wynagrodzenia brutto");
    Money employeeZus = t.employeePension().plus(t.employeeDisability()).plus(t.employeeSickness()).plus(t.healthInsurance());
    add(lines, payrollPayable(), Side.DEBIT, employeeZus, dims, "składki ZUS i zdrowotna pracownika");
    add(lines, zusPayable(), Side.CREDIT, employeeZus, dims, "składki ZUS i zdrowotna pracownika");
    add(lines, payrollPayable(), Side.DEBIT, t.taxAdvance(), dims, "zaliczka na PIT");
    add(lines, pitPayable(), Side.CREDIT, t.taxAdvance(), dims, "zaliczka na PIT");
    Money employerZus = t.employerPension().plus(t.employerDisability()).plus(t.employerAccident()).plus(t.laborFund())
        .plus(t.guaranteedBenefitsFund());
    add(lines, socialExpense(), Side.DEBIT, employerZus, dims, "składki ZUS pracodawcy, FP, FGŚP");
    add(lines, zusPayable(), Side.CREDIT, employerZus, dims, "składki ZUS pracodawcy, FP, FGŚP");
    add(lines, payrollPayable(), Side.DEBIT, t.employeePpk(), dims, "wpłata pracownika do PPK");
    add(lines, ppkPayable(), Side.CREDIT, t.employeePpk(), dims, "wpłata pracownika do PPK");
    add(lines, socialExpense(), Side.DEBIT, t.employerPpk(), dims, "wpłata pracodawcy do PPK");
    add(lines, ppkPayable(), Side.CREDIT, t.employerPpk(), dims, "wpłata pracodawcy do PPK");
    add(lines, payrollPayable(), Side.DEBIT, t.net(), dims, "wypłata netto");
    add(lines, bank(), Side.CREDIT, t.net(), dims, "wypłata netto");
    if (lines.size() < 2) {
      return; // nothing paid: no entry
    }
    out.add(JournalEntry.builder()
        .date(register.paymentDate())
        .document(doc)
        .idempotencyKey(key(register.number(), keyPart))
        .description("Lista płac " + register.number() + ": " + who)
        .addAllLines(lines)
        .build());
  }

  private static void add(List<JournalLine> lines, String account, Side side, Money amount, Dimensions dims, @Nullable String memo) {
    if (amount.isZero()) {
      return;
    }
    lines.add(JournalLine.builder().account(account).side(side).amount(amount).dimensions(dims).memo(memo).build());
  }

  /** A key that is the same for the same run and employee: printable ASCII, percent-encoded, hashed when long. */
  static IdempotencyKey key(String run, String part) {
    String raw = "LP:" + run + ":" + part;
    StringBuilder sb = new StringBuilder();
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f && c != '%') {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    String k = sb.length() <= 128 ? sb.toString() : "LP#" + Hashing.sha256().hashString(raw, StandardCharsets.UTF_8);
    return IdempotencyKey.of(k);
  }
}
