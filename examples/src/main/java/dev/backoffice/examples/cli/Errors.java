package dev.backoffice.examples.cli;

import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.ledger.io.JournalParseException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into the tool's contract: one line on standard error and exit code 1 (domain error) or 2 (bad
 * usage); the stack trace only with {@code --verbose}.
 */
final class Errors {
  private Errors() {}

  /**
   * A failure while a command ran: a domain error (exit 1). Journal errors print as the parser reports them,
   * {@code file:line:column: field = 'value' is invalid: rule}; other errors are prefixed with the command.
   */
  static int onExecutionError(Exception ex, CommandLine cl, ParseResult full) {
    PrintWriter err = cl.getErr();
    if (verbose(full)) {
      ex.printStackTrace(err);
    }
    err.print(oneLine(message(ex, cl.getCommandSpec().qualifiedName())) + "\n");
    err.flush();
    return BackofficeCli.EXIT_DOMAIN_ERROR;
  }

  /** A command line that cannot be parsed or a bad option value: bad usage (exit 2), one line with a pointer to --help. */
  static int onParameterError(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    String command = cl.getCommandSpec().qualifiedName();
    StringBuilder line = new StringBuilder(command).append(": ").append(ex.getMessage());
    if (ex instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) ex).getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append(" (did you mean ").append(String.join(" or ", suggestions)).append("?)");
      }
    }
    line.append(" — see '").append(command).append(" --help'");
    PrintWriter err = cl.getErr();
    err.print(oneLine(line.toString()) + "\n");
    err.flush();
    return BackofficeCli.EXIT_USAGE;
  }

  static String message(Throwable ex, String command) {
    if (ex instanceof JournalParseException) {
      return ex.getMessage();
    }
    String text = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    if (ex instanceof BackOfficeException || ex instanceof UncheckedIOException) {
      return command + ": " + text;
    }
    // not a domain error: a defect of the tool or the library; still one line, --verbose shows where
    return command + ": internal error: " + ex.getClass().getName() + ": " + text;
  }

  /** The message on one line: line breaks become "; " so that the error stays one line on stderr. */
  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*(\r\n|\r|\n)\\s*", "; ");
  }

  private static boolean verbose(ParseResult full) {
    for (CommandLine c : full.asCommandLineList()) {
      if (c.getParseResult() != null && c.getParseResult().hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
