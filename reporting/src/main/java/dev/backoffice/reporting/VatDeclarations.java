package dev.backoffice.reporting;

import dev.backoffice.reporting.vat.VatDeclaration;
import dev.backoffice.reporting.vat.VatRegister;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the VAT-7 / VAT-7K fields from the period's registers (the rules are in {@link VatDeclaration}). */
final class VatDeclarations {
  /** P_ fields that copy a register field of the same number. */
  private static final List<String> COPIED = List.of("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
      "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "360");
  private static final List<String> BASES = List.of("P_10", "P_11", "P_13", "P_15", "P_17", "P_19", "P_21", "P_22",
      "P_23", "P_25", "P_27", "P_29", "P_31");
  private static final List<String> TAXES = List.of("P_16", "P_18", "P_20", "P_24", "P_26", "P_28", "P_30", "P_32",
      "P_33", "P_34");
  private static final List<String> TAXES_LESS = List.of("P_35", "P_36", "P_360");
  /** Pairs the schema writes together (a sequence of two required elements). */
  private static final List<List<String>> PAIRS = List.of(List.of("P_15", "P_16"), List.of("P_17", "P_18"),
      List.of("P_19", "P_20"), List.of("P_23", "P_24"), List.of("P_25", "P_26"), List.of("P_27", "P_28"),
      List.of("P_29", "P_30"), List.of("P_31", "P_32"), List.of("P_40", "P_41"), List.of("P_42", "P_43"));

  private VatDeclarations() {}

  static VatDeclaration compute(LocalDate from, LocalDate to, VatRegister sales, VatRegister purchases,
      long previousExcess) {
    Map<String, Long> p = new LinkedHashMap<>();
    for (String n : COPIED) {
      p.put("P_" + n, zloty(sales.field("K_" + n).getAmount()));
    }
    for (String n : List.of("40", "41", "42", "43", "44", "45", "46", "47")) {
      p.put("P_" + n, zloty(purchases.field("K_" + n).getAmount()));
    }
    long p37 = BASES.stream().mapToLong(p::get).sum();
    long p38 = TAXES.stream().mapToLong(p::get).sum() - TAXES_LESS.stream().mapToLong(p::get).sum();
    long p48 = previousExcess + p.get("P_41") + p.get("P_43") + p.get("P_44") + p.get("P_45") + p.get("P_46")
        + p.get("P_47");
    long p51 = Math.max(0, p38 - p48);
    long p53 = p51 > 0 ? 0 : Math.max(0, p48 - p38);
    Map<String, Long> out = new LinkedHashMap<>();
    // the schema's order: P_10 … P_360, P_37, P_38, P_39, P_40 … P_47, P_48, P_51, P_53, P_62
    for (String n : COPIED) {
      put(out, p, "P_" + n);
    }
    out.put("P_37", p37);
    out.put("P_38", p38);
    if (previousExcess != 0) {
      out.put("P_39", previousExcess);
    }
    for (String n : List.of("40", "41", "42", "43", "44", "45", "46", "47")) {
      put(out, p, "P_" + n);
    }
    out.put("P_48", p48);
    out.put("P_51", p51);
    out.put("P_53", p53);
    out.put("P_62", p53);
    // a pair is written whole, and P_11 comes with P_12, P_13 with P_14
    for (List<String> pair : PAIRS) {
      if (out.containsKey(pair.get(0)) || out.containsKey(pair.get(1))) {
        out.putIfAbsent(pair.get(0), 0L);
        out.putIfAbsent(pair.get(1), 0L);
      }
    }
    if (out.containsKey("P_12")) {
      out.putIfAbsent("P_11", 0L);
    }
    if (out.containsKey("P_14")) {
      out.putIfAbsent("P_13", 0L);
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (String f : order()) {
      if (out.containsKey(f)) {
        ordered.put(f, out.get(f));
      }
    }
    return VatDeclaration.builder().from(from).to(to).putAllFields(ordered).build();
  }

  private static List<String> order() {
    List<String> o = new java.util.ArrayList<>();
    COPIED.forEach(n -> o.add("P_" + n));
    o.addAll(List.of("P_37", "P_38", "P_39", "P_40", "P_41", "P_42", "P_43", "P_44", "P_45", "P_46", "P_47", "P_48",
        "P_51", "P_53", "P_62"));
    return o;
  }

  private static void put(Map<String, Long> out, Map<String, Long> p, String f) {
    if (p.get(f) != 0) {
      out.put(f, p.get(f));
    }
  }

  /** Full złoty, 50 groszy and more up (art. 63 § 1 Ordynacja podatkowa); negative amounts symmetrically. */
  static long zloty(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
