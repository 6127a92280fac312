package dev.backoffice.reporting.jpk;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The dictionaries of the JPK schemas a configuration is checked against: tax office codes ({@code TKodUS}),
 * account markers of other entities ({@code TMapKontaPOZ}, for {@code S_12_1}) and income-tax markers
 * ({@code TMapKontaPD}, for {@code S_12_3}) — extracted from the Ministry's XSDs into resources of this
 * package — and the default marker mapping for {@code PolishChartOfAccounts.template()}.
 */
public final class JpkMarkers {
  private static final ImmutableMap<String, String> TAX_OFFICES = read("tax-offices.txt");
  private static final ImmutableMap<String, String> ACCOUNT_MARKERS = read("account-markers.txt");
  private static final ImmutableMap<String, String> TAX_MARKERS = read("tax-markers.txt");

  /** The marker of accounts the dictionary does not name: "Inne, niewskazane w słowniku". */
  public static final String OTHER = "INNE";

  private JpkMarkers() {}

  private static ImmutableMap<String, String> read(String name) {
    try (InputStream in = JpkMarkers.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new NotFoundException("resource", JpkMarkers.class.getPackageName() + "/" + name);
      }
      ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t", 2);
          b.put(f[0], f.length > 1 ? f[1].strip() : "");
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new BackOfficeException("cannot read resource " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The tax office's name.
   *
   * @param code a four-digit code
   * @return its name, or empty when the schemas do not know the code
   */
  public static Optional<String> taxOffice(@Nullable String code) {
    return Optional.ofNullable(code == null ? null : TAX_OFFICES.get(code));
  }

  /**
   * The meaning of an account marker ({@code S_12_1}).
   *
   * @param marker e.g. {@code BABIII1c1_SPKR}
   * @return its meaning, or empty when the dictionary has no such marker
   */
  public static Optional<String> accountMarker(@Nullable String marker) {
    return Optional.ofNullable(marker == null ? null : ACCOUNT_MARKERS.get(marker));
  }

  /**
   * The meaning of an income-tax marker ({@code S_12_3}).
   *
   * @param marker e.g. {@code PD4}
   * @return its meaning, or empty when the dictionary has no such marker
   */
  public static Optional<String> taxMarker(@Nullable String marker) {
    return Optional.ofNullable(marker == null ? null : TAX_MARKERS.get(marker));
  }

  /**
   * The default account markers of {@code PolishChartOfAccounts.template()}, by account code prefix, matching
   * the default balance-sheet and comparative income-statement mapping: settlement accounts by their usual
   * balance side, result accounts by their income-statement line.
   *
   * @return prefix → marker
   */
  public static ImmutableSortedMap<String, String> polishTemplate() {
    Map<String, String> m = new TreeMap<>();
    m.put("010", "BAAII1e_W");
    m.put("070", "BAAII1e_U");
    m.put("100", "BABIII1c1_SPKR");
    m.put("130", "BABIII1c1_SPKR");
    m.put("140", "BABIII1b4_IKAF_W");
    m.put("201", "BABII3a_D12");
    m.put("202", "BPBIII3d_D12");
    m.put("221", "BPBIII3g");
    m.put("222", "BABII3b");
    m.put("225", "BPBIII3g");
    m.put("229", "BPBIII3g");
    m.put("231", "BPBIII3h");
    m.put("234", "BABII3c_W");
    m.put("240", "BABII3c_W");
    m.put("300", "BABI1");
    m.put("310", "BABI1");
    m.put("330", "BABI4");
    m.put("400", "RPBI");
    m.put("401", "RPBII");
    m.put("402", "RPBIII");
    m.put("403", "RPBIV_POZ");
    m.put("404", "RPBV");
    m.put("405", "RPBVI");
    m.put("406", "RPBVI");
    m.put("407", "RPBVII");
    m.put("408", "RPBVII");
    m.put("409", "RPBVII");
    m.put("490", "RPAII");
    m.put("500", "RKBI_POZ");
    m.put("520", "RKBI_POZ");
    m.put("550", "RKE");
    m.put("640", "BABIV");
    m.put("700", "RPAI_RKAI_POZ");
    m.put("701", "RKBI_POZ");
    m.put("730", "RPAIV_RKAII_POZ");
    m.put("731", "RPBVIII_RKBII_POZ");
    m.put("750", "RPGV_RKJV_POZ");
    m.put("751", "RPHIV_RKKIV_POZ");
    m.put("760", "RPDIV_RKGIV_P");
    m.put("761", "RPEIII_RKHIII_P");
    m.put("800", "BPAI");
    m.put("820", "BPAV");
    m.put("860", "BPAVI");
    m.put("870", "RPJ_RKM_B");
    return ImmutableSortedMap.copyOf(m);
  }

  /**
   * Checks a prefix → marker mapping against a dictionary.
   *
   * @param markers the mapping
   * @param taxMarkers true for {@code S_12_3} markers, false for {@code S_12_1}
   * @param field the configuration field, for the message
   */
  static void check(Map<String, String> markers, boolean taxMarkers, String field) {
    markers.forEach((prefix, marker) -> {
      Checks.check(!prefix.isBlank(), "JPK configuration", field, prefix, "must map non-blank account prefixes");
      Optional<String> known = taxMarkers ? taxMarker(marker) : accountMarker(marker);
      Checks.check(known.isPresent(), "JPK configuration", field + "[" + prefix + "]", marker,
          "must be a marker of the JPK_KR_PD dictionary " + (taxMarkers ? "TMapKontaPD" : "TMapKontaPOZ"));
    });
  }
}
