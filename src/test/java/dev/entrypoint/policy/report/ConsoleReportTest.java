package dev.entrypoint.policy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.report.ConsoleReport.Level;
import dev.entrypoint.policy.report.ConsoleReport.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

  private final List<Line> lines = ConsoleReport.lines(ReportFixture.report(), 41);

  @Test
  void eachFindingIsLoggedAtItsSeverityAndASuppressedOneAtDebug() {
    assertThat(lines)
        .contains(
            new Line(
                Level.ERROR,
                "app/Dockerfile:9 shell-form-entrypoint error: ENTRYPOINT in shell form runs under"
                    + " /bin/sh -c."),
            new Line(
                Level.INFO,
                "app/Dockerfile:1 base-image-not-pinned info: FROM x:1 is not pinned by digest."),
            new Line(
                Level.DEBUG,
                "app/Dockerfile:1 runs-as-root warning: No USER is set. (suppressed: a legacy"
                    + " image)"));
  }

  @Test
  void rulesThatCouldNotRunAreNamedAtDebugLevel() {
    assertThat(lines)
        .contains(
            new Line(
                Level.DEBUG,
                "app/target/entrypoint/image.tar: the image's files could not be read, so"
                    + " entrypoint-missing did not run"));
  }

  @Test
  void notesAboutTheWholeCheckAreWarningsAndTheSummaryComesLast() {
    assertThat(lines).contains(new Line(Level.WARNING, ReportFixture.NOTE));
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            new Line(
                Level.INFO,
                "entrypoint:check: 2 inputs (1 dockerfile, 1 image) in 41 ms: 1 error, 0 warnings,"
                    + " 1 info (1 suppressed)"));
  }

  @Test
  void theFailureNamesTheCountsTheThresholdAndTheReports() {
    assertThat(
            ConsoleReport.failure(ReportFixture.report(), List.of("target/entrypoint/check.json")))
        .isEqualTo(
            "entrypoint:check found 1 error, 0 warnings, 1 info (1 suppressed); findings of"
                + " severity error or worse fail the build (failOn). Each finding above says what to"
                + " change; the reports are target/entrypoint/check.json.");
  }
}
