package dev.backoffice.examples.cli;

import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks shared by the commands. */
final class Commands {
  private Commands() {}

  /**
   * Rejects a format the command does not offer (bad usage).
   *
   * @throws ParameterException naming the formats it offers
   */
  static void requireFormat(CommandSpec spec, Format format, Set<Format> offered) {
    if (!offered.contains(format)) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format + "' is not "
          + "offered by this command; expected one of " + offered.stream().map(Format::toString)
          .collect(Collectors.joining(", ")));
    }
  }

  /**
   * Requires exactly one of {@code --file} and {@code --jdbc} (bad usage otherwise).
   *
   * @throws ParameterException naming both options
   */
  static void requireFileOrJdbc(CommandSpec spec, @Nullable Path file, @Nullable String jdbc) {
    if ((file == null) == (jdbc == null)) {
      throw new ParameterException(spec.commandLine(), file == null ? "Missing option: give --file FILE or --jdbc URL"
          : "Options --file and --jdbc exclude each other: give one");
    }
  }

  /**
   * Fails with a domain error (exit 1) naming the file when it does not exist or is not a readable file, before
   * any work is done.
   *
   * @throws BackOfficeException naming the file
   */
  static void requireReadable(Path file) {
    if (!Files.exists(file)) {
      throw new BackOfficeException(file + ": no such file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new BackOfficeException(file + ": not a readable file");
    }
  }

  /**
   * A library's complaint about a field, told in terms of the option that set it ({@code --nip = '…' is
   * invalid: …}), so the user knows what to change.
   *
   * @param e the complaint
   * @param options the option of each field the command sets
   * @return the same complaint without the library's subject, naming the option
   */
  static ValidationException asOption(ValidationException e, Map<String, String> options) {
    return new ValidationException(options.getOrDefault(e.field(), e.field()), e.value().orElse(null), e.rule());
  }
}
