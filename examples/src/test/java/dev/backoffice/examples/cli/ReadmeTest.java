package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The command lines the README shows ({@code $ java -jar examples/target/backoffice.jar …} followed by their output
 * in a code block) print exactly what the README says.
 */
class ReadmeTest {
  private static final String PROMPT = "$ java -jar examples/target/backoffice.jar ";

  @TestFactory
  Stream<DynamicTest> everyCommandShownPrintsWhatTheReadmeSays() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher block = Pattern.compile("(?s)```\n(" + Pattern.quote(PROMPT) + "[^\n]*)\n(.*?)```").matcher(readme);
    List<DynamicTest> tests = new ArrayList<>();
    while (block.find()) {
      String command = block.group(1).substring(PROMPT.length());
      String expected = block.group(2);
      tests.add(DynamicTest.dynamicTest(command, () -> {
        // paths in the README are relative to the repository; tests run in the examples module
        String[] args = command.replace("examples/src/test/resources/", Cli.resource("journals").getParent() + "/")
            .split(" ");
        Cli.Result r = Cli.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(expected);
      }));
    }
    assertThat(tests).as("the README shows command lines").hasSizeGreaterThanOrEqualTo(2);
    return tests.stream();
  }
}
