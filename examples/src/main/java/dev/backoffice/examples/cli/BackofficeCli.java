package dev.backoffice.examples.cli;

/**
 * The {@code backoffice} command-line tool. Placeholder until the examples issue lands: it only says so.
 */
public final class BackofficeCli {
  private BackofficeCli() {}

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) {
    System.out.println("Backoffice 0.1.0-SNAPSHOT: the demo and commands arrive with the examples module.");
  }
}
