package dev.backoffice.examples.cli;

import dev.backoffice.examples.demo.SmallCompanyMonth;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code backoffice demo}: runs {@link SmallCompanyMonth}, a month of a small Polish company, and prints its reports. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the demo: January 2025 of a small Polish company (opening balances, sales and purchase invoices with "
            + "VAT, bank payments, a payroll of four people on different contracts posted to the ledger, a budget "
            + "whose STOP line rejects an over-budget purchase, FX valuation of a EUR account).",
        "Prints the trial balance, income statement, budget versus actual and payroll register."})
final class DemoCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  DemoCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SmallCompanyMonth.run(out);
    out.flush();
    return 0;
  }
}
