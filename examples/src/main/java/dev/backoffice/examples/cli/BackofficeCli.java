package dev.backoffice.examples.cli;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code backoffice} command-line tool: {@code java -jar examples/target/backoffice.jar COMMAND}.
 *
 * <p>Commands (docs/CLI.md): {@code balance}, {@code trial-balance}, {@code jpk-kr},
 * {@code payroll}, {@code payroll-run}, {@code bank-statement}, {@code open-items}, {@code reconcile}, {@code pay},
 * {@code demo} and the others of docs/CLI.md; {@code --help} on each. Output goes to standard output in UTF-8 with
 * {@code \n} line ends whatever the platform, so that CSV output is byte-for-byte comparable.
 *
 * <p>Exit codes: 0 success; 1 a domain error (a journal that cannot be read, an unbalanced transaction, a
 * year without payroll parameters…); 2 bad usage (unknown command or option, a missing or malformed option
 * value such as a bad date). Every error is one line on standard error — journal errors start with
 * {@code file:line:column:} — and a stack trace follows only with {@code --verbose}.
 */
@Command(
    name = "backoffice",
    mixinStandardHelpOptions = true,
    versionProvider = BackofficeCli.Version.class,
    description = "Backoffice from the command line: journal balances, trial balance, JPK_KR, Polish payroll "
        + "and the demo of a small company's month.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:domain error: bad file content, unbalanced journal, unknown year… (one line on stderr)",
        "2:bad usage: unknown command or option, missing or malformed value (one line on stderr)"})
public final class BackofficeCli implements Callable<Integer> {
  /** Exit code of a domain error. */
  public static final int EXIT_DOMAIN_ERROR = 1;
  /** Exit code of bad usage. */
  public static final int EXIT_USAGE = 2;

  /**
   * The commands, in the order the help lists them; in a holder of their own so that starting the tool for a
   * plain {@code balance} (which skips picocli) loads neither the collections library nor the other commands.
   */
  private static final class Registry {
    static final ImmutableMap<String, Supplier<Object>> COMMANDS = ImmutableMap.<String, Supplier<Object>>builder()
        .put("balance", BalanceCommand::new)
        .put("trial-balance", TrialBalanceCommand::new)
        .put("import", ImportCommand::new)
        .put("jpk-kr", JpkKrCommand::new)
        .put("vat-register", VatRegisterCommand::new)
        .put("jpk-v7", JpkV7Command::new)
        .put("financial-statement", FinancialStatementCommand::new)
        .put("payroll", PayrollCommand::new)
        .put("payroll-run", PayrollRunCommand::new)
        .put("bank-statement", BankStatementCommand::new)
        .put("open-items", OpenItemsCommand::new)
        .put("reconcile", ReconcileCommand::new)
        .put("pay", PayCommand::new)
        .put("demo", DemoCommand::new)
        .buildOrThrow();

    private Registry() {}
  }

  @Spec
  private CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "On an error, print its stack trace after the one-line message.")
  private boolean verbose;

  /** Picocli instantiates the command. */
  BackofficeCli() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int code = execute(args, out, err);
    System.exit(code);
  }

  /**
   * Runs the tool in this JVM, writing to the given streams: what {@link #main} does, without exiting (tests
   * call this).
   *
   * @param args the command line
   * @param out standard output (flushed before returning)
   * @param err standard error (flushed before returning)
   * @return the exit code: 0 success, 1 domain error, 2 bad usage
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    Integer fast = args.length == 0 ? null
        : args[0].equals("balance") ? PlainRuns.balance(args, out)
        : args[0].equals("trial-balance") ? TrialBalanceCommand.fast(args, out) : null;
    if (fast != null) {
      err.flush();
      return fast;
    }
    CommandLine cl = commandLine(out, err, args.length > 0 ? args[0] : null);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The configured picocli command line: the writers given by the caller, case-insensitive enum
   * values, and the one-line error handlers.
   *
   * @param out standard output
   * @param err standard error
   * @return the command line, ready to {@code execute}
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, null);
  }

  /**
   * As {@link #commandLine(PrintWriter, PrintWriter)}, with only the named command registered when it is one:
   * picocli builds the model of every registered command up front, and the tool's start-up time counts when a
   * command's own work is short (a {@code balance} of a small file).
   */
  private static CommandLine commandLine(PrintWriter out, PrintWriter err, @Nullable String command) {
    CommandLine cl = new CommandLine(new BackofficeCli());
    boolean known = command != null && Registry.COMMANDS.containsKey(command);
    for (Map.Entry<String, Supplier<Object>> c : Registry.COMMANDS.entrySet()) {
      if (!known || c.getKey().equals(command)) {
        cl.addSubcommand(c.getKey(), c.getValue().get());
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(Errors::onExecutionError);
    cl.setParameterExceptionHandler(Errors::onParameterError);
    return cl;
  }

  /** Without a command: bad usage. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "Missing command: one of " + String.join(", ", Registry.COMMANDS.keySet()));
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), 1 << 16), false);
  }

  /** The version from the build ({@code backoffice-version.properties}, filtered by Maven). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = BackofficeCli.class.getResourceAsStream("/backoffice-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"backoffice " + p.getProperty("version", "(unknown version)")};
    }
  }
}
