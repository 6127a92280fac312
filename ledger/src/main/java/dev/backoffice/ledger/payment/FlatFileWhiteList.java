package dev.backoffice.ledger.payment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.bank.Iban;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The VAT white list read offline from the Ministry of Finance's daily flat file (plik płaski), a JSON object:
 * {@code naglowek} ({@code dataGenerowaniaDanych} YYYYMMDD, {@code liczbaTransformacji}, {@code schemat}),
 * {@code skrotyPodatnikowCzynnych} and {@code skrotyPodatnikowZwolnionych} (hashes of the active and the exempt
 * taxpayers' accounts) and {@code maski} (masks of virtual accounts).
 *
 * <p>A pair is listed when its hash is in one of the lists. The hash, as the Ministry's documentation of the flat
 * file describes it: the text {@code date + NIP + NRB} (YYYYMMDD, 10 digits, 26 digits), hashed with SHA-512
 * {@code liczbaTransformacji} times (5,000 in the published files), each round hashing the previous round's
 * lower-case hexadecimal text. For a virtual account the NRB is first put through each mask whose fixed digits match
 * it: a {@code Y} in the mask takes the account's digit, an {@code X} stays the letter {@code X}, a digit stays.
 *
 * <p>The hashes are kept as their first 128 bits in sorted arrays (16 bytes per taxpayer account instead of a
 * 128-character string), so a false match needs a 128-bit collision. Reading is single-threaded and streaming; the
 * object is immutable and thread-safe once read.
 */
public final class FlatFileWhiteList implements WhiteList {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final LocalDate date;
  private final String dateText;
  private final int transformations;
  private final HashSet128 active;
  private final HashSet128 exempt;
  private final List<String> masks;

  private FlatFileWhiteList(LocalDate date, String dateText, int transformations, HashSet128 active,
      HashSet128 exempt, List<String> masks) {
    this.date = date;
    this.dateText = dateText;
    this.transformations = transformations;
    this.active = active;
    this.exempt = exempt;
    this.masks = masks;
  }

  /**
   * Reads a flat file (the JSON unpacked from the Ministry's 7z archive).
   *
   * @param file the JSON file
   * @return the list
   * @throws ValidationException naming the file, line and column if it is not a flat file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static FlatFileWhiteList read(Path file) {
    Checks.notNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.getFileName().toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the white-list flat file " + file, e);
    }
  }

  /**
   * Reads a flat file from a stream (not closed here).
   *
   * @param source the name for messages
   * @param in the JSON
   * @return the list
   * @throws ValidationException naming the source, line and column if it is not a flat file
   */
  public static FlatFileWhiteList read(String source, InputStream in) {
    try (JsonParser p = new JsonFactory().createParser(in)) {
      return new Reader(source, p).read();
    } catch (JsonParseException e) {
      throw new ValidationException(source + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr(),
          "json", null, "must be well-formed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the white-list flat file " + source, e);
    }
  }

  @Override
  public LocalDate date() {
    return date;
  }

  /** How many SHA-512 rounds the file's hashes took. */
  public int transformations() {
    return transformations;
  }

  @Override
  public WhiteListStatus check(String nip, Iban account) {
    Checks.check(Nip.isValid(nip), "nip", nip, "must be 10 digits with a valid check digit");
    Checks.check(account.isPolish(), "account", account, "must be a Polish account (the list has NRBs)");
    String nrb = account.nrb();
    WhiteListStatus direct = lookup(hash(dateText + nip + nrb));
    if (direct.isListed()) {
      return direct;
    }
    for (String mask : masks) {
      String virtual = throughMask(mask, nrb);
      if (virtual != null) {
        WhiteListStatus status = lookup(hash(dateText + nip + virtual));
        if (status.isListed()) {
          return status;
        }
      }
    }
    return WhiteListStatus.NOT_LISTED;
  }

  private WhiteListStatus lookup(byte[] digest) {
    if (active.contains(digest)) {
      return WhiteListStatus.ACTIVE;
    }
    return exempt.contains(digest) ? WhiteListStatus.EXEMPT : WhiteListStatus.NOT_LISTED;
  }

  /** The NRB put through a mask, or null when the mask's fixed digits do not match it. */
  static @Nullable String throughMask(String mask, String nrb) {
    if (mask.length() != nrb.length()) {
      return null;
    }
    char[] out = new char[mask.length()];
    for (int i = 0; i < mask.length(); i++) {
      char m = mask.charAt(i);
      if (m == 'Y') {
        out[i] = nrb.charAt(i);
      } else if (m == 'X') {
        out[i] = 'X';
      } else if (m == nrb.charAt(i)) {
        out[i] = m;
      } else {
        return null;
      }
    }
    return new String(out);
  }

  /** The last round's digest (its hex is what the file lists). */
  private byte[] hash(String text) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-512 is required of every Java platform", e);
    }
    HexFormat hex = HexFormat.of();
    byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i < transformations; i++) {
      digest = sha.digest(hex.formatHex(digest).getBytes(StandardCharsets.US_ASCII));
    }
    return digest;
  }

  /** One read of the JSON. */
  private static final class Reader {
    private final String source;
    private final JsonParser p;

    Reader(String source, JsonParser p) {
      this.source = source;
      this.p = p;
    }

    FlatFileWhiteList read() throws IOException {
      expect(p.nextToken() == JsonToken.START_OBJECT, "document", "must be a JSON object");
      String dateText = null;
      Integer transformations = null;
      HashSet128 active = null;
      HashSet128 exempt = null;
      List<String> masks = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "naglowek":
            expect(p.currentToken() == JsonToken.START_OBJECT, "naglowek", "must be an object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              p.nextToken();
              if (key.equals("dataGenerowaniaDanych")) {
                dateText = p.getValueAsString();
              } else if (key.equals("liczbaTransformacji")) {
                String text = p.getValueAsString();
                try {
                  transformations = Integer.parseInt(text == null ? "" : text.trim());
                } catch (NumberFormatException e) {
                  throw error("naglowek.liczbaTransformacji", text, "must be a positive whole number");
                }
                expect(transformations > 0, "naglowek.liczbaTransformacji", "must be a positive whole number");
              } else {
                p.skipChildren();
              }
            }
            break;
          case "skrotyPodatnikowCzynnych":
            active = hashes(name);
            break;
          case "skrotyPodatnikowZwolnionych":
            exempt = hashes(name);
            break;
          case "maski":
            expect(p.currentToken() == JsonToken.START_ARRAY, name, "must be an array of masks");
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              String mask = p.getText();
              expect(mask.length() == 26 && mask.chars().allMatch(c -> c == 'X' || c == 'Y' || c >= '0' && c <= '9'),
                  name + "[]", "must be 26 characters of digits, X and Y: '" + mask + "'");
              masks.add(mask);
            }
            expect(p.currentToken() == JsonToken.END_ARRAY, name, "must hold only strings");
            break;
          default:
            p.skipChildren();
            break;
        }
      }
      if (dateText == null || transformations == null || active == null || exempt == null) {
        throw error("naglowek", null, "must give dataGenerowaniaDanych and liczbaTransformacji, and the file "
            + "skrotyPodatnikowCzynnych and skrotyPodatnikowZwolnionych");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(dateText, DAY);
      } catch (DateTimeParseException e) {
        throw error("naglowek.dataGenerowaniaDanych", dateText, "must be a date YYYYMMDD");
      }
      return new FlatFileWhiteList(date, dateText, transformations, active, exempt, List.copyOf(masks));
    }

    private HashSet128 hashes(String name) throws IOException {
      expect(p.currentToken() == JsonToken.START_ARRAY, name, "must be an array of SHA-512 hashes");
      HashSet128.Builder set = new HashSet128.Builder();
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        String hex = p.getText();
        if (hex.length() != 128 || !isHex(hex)) {
          throw error(name + "[]", hex, "must be 128 hexadecimal digits (a SHA-512 hash)");
        }
        set.add(hex);
      }
      expect(p.currentToken() == JsonToken.END_ARRAY, name, "must hold only strings");
      return set.build();
    }

    private static boolean isHex(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
          return false;
        }
      }
      return true;
    }

    private void expect(boolean ok, String field, String rule) {
      if (!ok) {
        throw error(field, p.currentToken() == null ? null : p.currentToken().asString(), rule);
      }
    }

    private ValidationException error(String field, @Nullable Object value, String rule) {
      var at = p.currentLocation();
      return new ValidationException(source + ":" + at.getLineNr() + ":" + at.getColumnNr(), field, value, rule);
    }
  }
}
