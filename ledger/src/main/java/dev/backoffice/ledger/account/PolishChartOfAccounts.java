package dev.backoffice.ledger.account;

import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ready chart of accounts for a Polish small or medium company (zakładowy plan kont, costs by nature in
 * zespół 4 with 490, and by function in zespół 5), following the structure of the accounting act's
 * model charts. Numbers can be changed: {@code template(Map.of("130", "131"))} gives the same chart with
 * the bank account numbered 131.
 *
 * <p>Standard roles used elsewhere in Backoffice: {@link #BANK} 130, {@link #RESULT} 860 (year-end close),
 * {@link #FINANCIAL_REVENUE} 750 and {@link #FINANCIAL_COSTS} 751 (FX differences), and the payroll
 * accounts 404, 405, 225, 229, 231.
 */
public final class PolishChartOfAccounts {
  /** Bank account (rachunek bankowy). */
  public static final String BANK = "130";
  /** Financial result (wynik finansowy). */
  public static final String RESULT = "860";
  /** Financial revenue (przychody finansowe), incl. positive FX differences. */
  public static final String FINANCIAL_REVENUE = "750";
  /** Financial costs (koszty finansowe), incl. negative FX differences. */
  public static final String FINANCIAL_COSTS = "751";

  private static final ImmutableMap<String, Object[]> TEMPLATE = ImmutableMap.<String, Object[]>builder()
      .put("010", new Object[] {"Środki trwałe", AccountType.ASSET})
      .put("070", new Object[] {"Umorzenie środków trwałych oraz wartości niematerialnych i prawnych", AccountType.ASSET, "CREDIT"})
      .put("100", new Object[] {"Kasa", AccountType.ASSET})
      .put("130", new Object[] {"Rachunek bankowy", AccountType.ASSET})
      .put("140", new Object[] {"Krótkoterminowe aktywa finansowe", AccountType.ASSET})
      .put("201", new Object[] {"Rozrachunki z odbiorcami", AccountType.ASSET})
      .put("202", new Object[] {"Rozrachunki z dostawcami", AccountType.LIABILITY})
      .put("221", new Object[] {"Rozrachunki z tytułu VAT należnego", AccountType.LIABILITY})
      .put("222", new Object[] {"VAT naliczony i jego rozliczenie", AccountType.ASSET})
      .put("225", new Object[] {"Rozrachunki z urzędem skarbowym", AccountType.LIABILITY})
      .put("229", new Object[] {"Rozrachunki publicznoprawne (ZUS)", AccountType.LIABILITY})
      .put("231", new Object[] {"Rozrachunki z tytułu wynagrodzeń", AccountType.LIABILITY})
      .put("234", new Object[] {"Pozostałe rozrachunki z pracownikami", AccountType.ASSET})
      .put("240", new Object[] {"Pozostałe rozrachunki", AccountType.ASSET})
      .put("300", new Object[] {"Rozliczenie zakupu", AccountType.ASSET})
      .put("310", new Object[] {"Materiały", AccountType.ASSET})
      .put("330", new Object[] {"Towary", AccountType.ASSET})
      .put("400", new Object[] {"Amortyzacja", AccountType.EXPENSE})
      .put("401", new Object[] {"Zużycie materiałów i energii", AccountType.EXPENSE})
      .put("402", new Object[] {"Usługi obce", AccountType.EXPENSE})
      .put("403", new Object[] {"Podatki i opłaty", AccountType.EXPENSE})
      .put("404", new Object[] {"Wynagrodzenia", AccountType.EXPENSE})
      .put("405", new Object[] {"Ubezpieczenia społeczne i inne świadczenia na rzecz pracowników", AccountType.EXPENSE})
      .put("406", new Object[] {"Pozostałe świadczenia na rzecz pracowników", AccountType.EXPENSE})
      .put("407", new Object[] {"Podróże służbowe", AccountType.EXPENSE})
      .put("408", new Object[] {"Reklama i reprezentacja", AccountType.EXPENSE})
      .put("409", new Object[] {"Pozostałe koszty rodzajowe", AccountType.EXPENSE})
      .put("490", new Object[] {"Rozliczenie kosztów", AccountType.EXPENSE, "CREDIT"})
      .put("500", new Object[] {"Koszty działalności podstawowej", AccountType.EXPENSE})
      .put("520", new Object[] {"Koszty wydziałowe", AccountType.EXPENSE})
      .put("550", new Object[] {"Koszty zarządu", AccountType.EXPENSE})
      .put("640", new Object[] {"Rozliczenia międzyokresowe kosztów", AccountType.ASSET})
      .put("700", new Object[] {"Sprzedaż produktów i usług", AccountType.REVENUE})
      .put("701", new Object[] {"Koszt sprzedanych produktów i usług", AccountType.EXPENSE})
      .put("730", new Object[] {"Sprzedaż towarów i materiałów", AccountType.REVENUE})
      .put("731", new Object[] {"Wartość sprzedanych towarów i materiałów", AccountType.EXPENSE})
      .put("750", new Object[] {"Przychody finansowe", AccountType.REVENUE})
      .put("751", new Object[] {"Koszty finansowe", AccountType.EXPENSE})
      .put("760", new Object[] {"Pozostałe przychody operacyjne", AccountType.REVENUE})
      .put("761", new Object[] {"Pozostałe koszty operacyjne", AccountType.EXPENSE})
      .put("800", new Object[] {"Kapitał podstawowy", AccountType.EQUITY})
      .put("820", new Object[] {"Rozliczenie wyniku finansowego", AccountType.EQUITY})
      .put("860", new Object[] {"Wynik finansowy", AccountType.EQUITY})
      .put("870", new Object[] {"Podatek dochodowy od osób prawnych", AccountType.EXPENSE})
      .build();

  private PolishChartOfAccounts() {}

  /**
   * The template with its standard numbers.
   *
   * @return a chart of the template's synthetic accounts
   */
  public static ChartOfAccounts template() {
    return template(Map.of());
  }

  /**
   * The template with some accounts renumbered.
   *
   * @param renumbering standard number → number to use instead (e.g. {@code "130" → "131"})
   * @return the chart
   * @throws ValidationException if a key is not a template number or two accounts end up with one number
   */
  public static ChartOfAccounts template(Map<String, String> renumbering) {
    Checks.notNull(renumbering, "renumbering");
    for (String k : renumbering.keySet()) {
      Checks.check(TEMPLATE.containsKey(k), "renumbering", k, "must be a number of the template " + TEMPLATE.keySet());
    }
    List<Account> out = new ArrayList<>();
    for (Map.Entry<String, Object[]> e : TEMPLATE.entrySet()) {
      String code = renumbering.getOrDefault(e.getKey(), e.getKey());
      Object[] v = e.getValue();
      ImmutableAccount.Builder b = Account.builder().code(code).name((String) v[0]).type((AccountType) v[1]);
      if (v.length > 2) {
        b.normalBalance(dev.backoffice.ledger.entry.Side.valueOf((String) v[2]));
      }
      out.add(b.build());
    }
    return ChartOfAccounts.of(out);
  }

  /** The standard numbers of the template, sorted. */
  public static java.util.Set<String> numbers() {
    return TEMPLATE.keySet();
  }
}
