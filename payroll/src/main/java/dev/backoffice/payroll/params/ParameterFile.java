package dev.backoffice.payroll.params;

import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the line format of {@link YearParameters#parse}: {@code key = value | yyyy-mm-dd | source}. */
final class ParameterFile {
  private ParameterFile() {}

  static YearParameters read(Reader text, String origin) {
    List<ParameterValue> values = new ArrayList<>();
    Integer year = null;
    BufferedReader in = new BufferedReader(text);
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String where = origin + " line " + lineNo;
        int eq = s.indexOf('=');
        String[] parts = eq < 0 ? new String[0] : s.substring(eq + 1).split("\\|", 3);
        if (eq < 0 || parts.length != 3) {
          throw new ValidationException(where, "line", s, "must read 'key = value | effective-from | legal source'");
        }
        ParameterKey key;
        try {
          key = ParameterKey.ofKey(s.substring(0, eq).strip());
        } catch (ValidationException e) {
          throw new ValidationException(where, "key", s.substring(0, eq).strip(), e.rule());
        }
        BigDecimal value;
        try {
          value = new BigDecimal(parts[0].strip());
        } catch (NumberFormatException e) {
          throw new ValidationException(where, "value", parts[0].strip(), "must be a plain decimal number such as 9.76");
        }
        LocalDate from;
        try {
          from = LocalDate.parse(parts[1].strip());
        } catch (DateTimeParseException e) {
          throw new ValidationException(where, "effectiveFrom", parts[1].strip(), "must be a date yyyy-mm-dd");
        }
        if (year == null) {
          year = from.getYear();
        }
        try {
          values.add(ParameterValue.of(key, value, from, parts[2].strip()));
        } catch (ValidationException e) {
          throw new ValidationException(where, e.field(), e.value().orElse(null), e.rule());
        }
      }
    } catch (IOException e) {
      throw new BackOfficeException("cannot read payroll parameters from " + origin, e);
    }
    if (year == null) {
      throw new ValidationException(origin, "values", "", "must contain at least one 'key = value | effective-from | source' line");
    }
    return YearParameters.of(year, origin, values);
  }
}
