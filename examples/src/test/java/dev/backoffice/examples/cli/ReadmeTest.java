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
 * The command lines the README and the documents in {@code docs/} show ({@code $ java -jar
 * examples/target/backoffice.jar …} followed by their output in a code block) print exactly what they say.
 */
class ReadmeTest {
  private static final String PROMPT = "$ java -jar examples/target/backoffice.jar ";

  @TestFactory
  Stream<DynamicTest> everyCommandShownPrintsWhatTheReadmeSays() throws IOException {
    List<DynamicTest> all = new ArrayList<>(commands(Path.of("..", "README.md")));
    try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
      for (Path doc : (Iterable<Path>) docs.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
        all.addAll(commands(doc));
      }
    }
    assertThat(all).as("the README and docs show command lines").hasSizeGreaterThanOrEqualTo(2);
    return all.stream();
  }

  private static List<DynamicTest> commands(Path page) throws IOException {
    String readme = Files.readString(page);
    Matcher block = Pattern.compile("(?s)```\n(" + Pattern.quote(PROMPT) + "[^\n]*)\n(.*?)```").matcher(readme);
    List<DynamicTest> tests = new ArrayList<>();
    while (block.find()) {
      String command = block.group(1).substring(PROMPT.length());
      String expected = block.group(2);
      tests.add(DynamicTest.dynamicTest(page.getFileName() + ": " + command, () -> {
        // paths in the pages are relative to the repository; tests run in the examples module
        String[] args = command.replace(" examples/", " ../examples/").split(" ");
        Cli.Result r = Cli.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(expected);
      }));
    }
    return tests;
  }
}
