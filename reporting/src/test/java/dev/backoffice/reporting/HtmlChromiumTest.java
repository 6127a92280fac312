package dev.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.backoffice.reporting.common.Report;
import dev.backoffice.reporting.render.RenderOptions;
import dev.backoffice.reporting.render.ReportRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML renderings in headless Chromium (the Debian {@code chromium} package) and checks that the
 * browser loads each page and builds its DOM: the title, the table, and the SVG chart where the report has
 * one. Outside CI it runs only when {@code /usr/bin/chromium} exists and is skipped otherwise; under CI
 * ({@code CI=true}, where {@code .ci/run} installs the package) a missing browser fails it.
 */
class HtmlChromiumTest {
  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

  @Test
  void chromiumRendersEveryHtmlReport(@TempDir Path dir) throws Exception {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(CHROMIUM).as("CI installs Chromium (.ci/run)").isExecutable();
    }
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    Map<String, Report> reports = RenderGoldenTest.reports();
    for (String name : List.of("trial-balance", "income-statement-monthly", "budget-vs-actual")) {
      Path page = dir.resolve(name + ".html");
      Files.writeString(page, ReportRenderer.html(RenderOptions.polish()).render(reports.get(name)), StandardCharsets.UTF_8);
      String dom = dumpDom(page, dir);
      assertThat(dom).as(name).contains("<h1>").contains("<table>").contains("</tbody>").contains("Kontrole");
      if (!name.equals("trial-balance")) {
        assertThat(dom).as(name + " chart").contains("<svg").contains("<rect");
      }
    }
    // and it paints a page: a screenshot of the chart page is a real image, not a blank one
    Path png = dir.resolve("chart.png");
    run(dir, "--screenshot=" + png, "--window-size=1200,900", dir.resolve("income-statement-monthly.html").toUri().toString());
    assertThat(Files.size(png)).as("screenshot").isGreaterThan(10_000);
  }

  private static String dumpDom(Path page, Path dir) throws IOException, InterruptedException {
    Path out = run(dir, "--dump-dom", page.toUri().toString());
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static Path run(Path dir, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "chromium", ".out");
    List<String> cmd = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--user-data-dir=" + dir.resolve("profile")));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 90 s: " + cmd);
    }
    assertThat(p.exitValue()).as("Chromium exit code for " + cmd).isZero();
    return out;
  }
}
