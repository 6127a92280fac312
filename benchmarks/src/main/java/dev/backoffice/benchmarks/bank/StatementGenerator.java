package dev.backoffice.benchmarks.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes large, balanced bank statements of one account for benchmarks: MT940 in the Polish {@code ^} subfield
 * dialect (title, counterparty name and account in {@code :86:}) and camt.053.001.02 with related parties and
 * remittance information. The same seed gives the same text; amounts are random whole grosze between 0.01 and
 * 20,000.00, money in and out.
 */
public final class StatementGenerator {
  private static final String ACCOUNT = "PL61109010140000071219812874";

  private StatementGenerator() {}

  /**
   * An MT940 file with one statement of {@code lines} lines.
   *
   * @param lines the number of {@code :61:} lines
   * @param seed the random seed
   * @return the text, CR LF line ends
   */
  public static String mt940(int lines, long seed) {
    Random random = new Random(seed);
    LocalDate day = LocalDate.of(2025, 1, 2);
    StringBuilder out = new StringBuilder(lines * 260);
    BigDecimal opening = new BigDecimal("100000.00");
    out.append(":20:ST250102\r\n:25:").append(ACCOUNT).append("\r\n:28C:1/1\r\n:60F:C250102PLN")
        .append(opening.toPlainString().replace('.', ',')).append("\r\n");
    BigDecimal balance = opening;
    for (int i = 0; i < lines; i++) {
      BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(2_000_000), 2);
      boolean in = random.nextBoolean();
      balance = in ? balance.add(amount) : balance.subtract(amount);
      out.append(":61:250102").append("0102").append(in ? 'C' : 'D').append('N')
          .append(amount.toPlainString().replace('.', ',')).append("NTRF").append("REF").append(i)
          .append("//BR").append(100000 + i).append("\r\n");
      out.append(":86:020^00Przelew krajowy^20FV/").append(i).append("/2025 zaplata za towar^21zamowienie ")
          .append(random.nextInt(100000)).append("\r\n^32Kontrahent numer ").append(i % 997)
          .append(" Sp. z o.o.^33ul. Prosta ").append(i % 50).append(" Warszawa\r\n^38PL")
          .append(String.format("%026d", Math.floorMod(random.nextLong(), 100_000_000_000_000L)))
          .append("\r\n");
    }
    String sign = balance.signum() < 0 ? "D" : "C";
    out.append(":62F:").append(sign).append("250102PLN").append(balance.abs().toPlainString().replace('.', ','))
        .append("\r\n-\r\n");
    return out.toString();
  }

  /**
   * A camt.053.001.02 document with one statement of {@code lines} entries.
   *
   * @param lines the number of {@code Ntry}
   * @param seed the random seed
   * @return the document
   */
  public static String camt053(int lines, long seed) {
    Random random = new Random(seed);
    StringBuilder entries = new StringBuilder(lines * 900);
    BigDecimal opening = new BigDecimal("100000.00");
    BigDecimal balance = opening;
    for (int i = 0; i < lines; i++) {
      BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(2_000_000), 2);
      boolean in = random.nextBoolean();
      balance = in ? balance.add(amount) : balance.subtract(amount);
      String party = in ? "Dbtr" : "Cdtr";
      entries.append("<Ntry><Amt Ccy=\"PLN\">").append(amount.toPlainString()).append("</Amt><CdtDbtInd>")
          .append(in ? "CRDT" : "DBIT").append("</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-01-02</Dt></BookgDt>")
          .append("<ValDt><Dt>2025-01-02</Dt></ValDt><AcctSvcrRef>BR").append(100000 + i).append("</AcctSvcrRef>")
          .append("<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>")
          .append("<NtryDtls><TxDtls><Refs><EndToEndId>E2E").append(i).append("</EndToEndId></Refs><RltdPties><")
          .append(party).append("><Nm>Kontrahent numer ").append(i % 997).append(" Sp. z o.o.</Nm></").append(party)
          .append("><").append(party).append("Acct><Id><IBAN>PL")
          .append(String.format("%026d", Math.floorMod(random.nextLong(), 100_000_000_000_000L)))
          .append("</IBAN></Id></").append(party).append("Acct></RltdPties><RmtInf><Ustrd>FV/").append(i)
          .append("/2025 zaplata za towar</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
        + "<GrpHdr><MsgId>MSG1</MsgId><CreDtTm>2025-01-03T06:00:00</CreDtTm></GrpHdr><Stmt><Id>WB1</Id>"
        + "<CreDtTm>2025-01-03T06:00:00</CreDtTm><Acct><Id><IBAN>" + ACCOUNT + "</IBAN></Id><Ccy>PLN</Ccy></Acct>"
        + balance("OPBD", opening) + balance("CLBD", balance) + "\n" + entries
        + "</Stmt></BkToCstmrStmt></Document>\n";
  }

  private static String balance(String type, BigDecimal amount) {
    return "<Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"PLN\">"
        + amount.abs().toPlainString() + "</Amt><CdtDbtInd>" + (amount.signum() < 0 ? "DBIT" : "CRDT")
        + "</CdtDbtInd><Dt><Dt>2025-01-02</Dt></Dt></Bal>";
  }
}
