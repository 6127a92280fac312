package dev.backoffice.payroll.absence;

import dev.backoffice.core.money.Rate;

/**
 * The cause of incapacity for work, which decides the percentage of the sickness base paid: by the employer
 * (wynagrodzenie chorobowe, art. 92 § 1 KP) and then by ZUS (zasiłek chorobowy, art. 11 ustawy zasiłkowej).
 */
public enum SicknessCause {
  /** Illness or isolation for an infectious disease: 80 % and 80 %. */
  ILLNESS("80", "80", "art. 92 § 1 pkt 1 Kodeksu pracy", "art. 11 ust. 1"),
  /** Illness during a hospital stay: sick pay 80 %, benefit 70 %. */
  HOSPITAL("80", "70", "art. 92 § 1 pkt 1 Kodeksu pracy (80 % także w szpitalu)", "art. 11 ust. 1 (70 % za okres pobytu w szpitalu)"),
  /** Illness during pregnancy: 100 % and 100 %. */
  PREGNANCY("100", "100", "art. 92 § 1 pkt 2 Kodeksu pracy (choroba przypadająca w czasie ciąży)", "art. 11 ust. 2 pkt 2"),
  /** An accident on the way to or from work: 100 % and 100 %. */
  COMMUTE_ACCIDENT("100", "100", "art. 92 § 1 pkt 2 Kodeksu pracy (wypadek w drodze do pracy lub z pracy)", "art. 11 ust. 2 pkt 1"),
  /** Medical examinations of a cell, tissue or organ donor candidate, or the harvesting: 100 % and 100 %. */
  DONOR("100", "100", "art. 92 § 1 pkt 3 Kodeksu pracy (badania i zabieg dawcy komórek, tkanek i narządów)", "art. 11 ust. 2 pkt 3");

  static final String BENEFIT_ACT = "ustawy z 25 czerwca 1999 r. o świadczeniach pieniężnych z ubezpieczenia społecznego w razie"
      + " choroby i macierzyństwa";

  private final Rate sickPayRate;
  private final Rate benefitRate;
  private final String sickPaySource;
  private final String benefitSource;

  SicknessCause(String sickPay, String benefit, String sickPaySource, String benefitArticle) {
    this.sickPayRate = Rate.ofPercent(sickPay);
    this.benefitRate = Rate.ofPercent(benefit);
    this.sickPaySource = sickPaySource;
    this.benefitSource = benefitArticle + " " + BENEFIT_ACT;
  }

  /** The percentage of the base the employer pays. */
  public Rate sickPayRate() {
    return sickPayRate;
  }

  /** The percentage of the base ZUS pays (the sickness benefit). */
  public Rate benefitRate() {
    return benefitRate;
  }

  /** The legal source of the employer's percentage. */
  public String sickPaySource() {
    return sickPaySource;
  }

  /** The legal source of the benefit's percentage. */
  public String benefitSource() {
    return benefitSource;
  }
}
