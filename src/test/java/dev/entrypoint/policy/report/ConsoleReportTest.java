package dev.entrypoint.policy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.InputReport;
import dev.entrypoint.policy.RuleCrash;
import dev.entrypoint.policy.Severity;
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

  @Test
  void aRuleThatThrewIsAnErrorLineWithTheWayOutNotAFinding() {
    List<Line> crashed = ConsoleReport.lines(ReportFixture.crashed(), 41);

    assertThat(crashed)
        .filteredOn(line -> line.text().contains("runs-as-root"))
        .containsExactly(
            new Line(
                Level.ERROR,
                "app/Dockerfile: Internal error: rule runs-as-root threw"
                    + " java.lang.IllegalStateException: bug (at"
                    + " dev.entrypoint.policy.rules.RunsAsRoot.check(RunsAsRoot.java:42)). This is"
                    + " a bug in entrypoint-maven-plugin, not a finding, and the rule's verdict on"
                    + " this input is unknown: please report it at"
                    + " https://github.com/entrypoint-dev/entrypoint-maven-plugin/issues, and"
                    + " meanwhile turn the rule off with <rules><runs-as-root>off</runs-as-root>"
                    + "</rules>."));
    assertThat(crashed.get(crashed.size() - 1).text())
        .endsWith(" in 41 ms: 0 errors, 0 warnings, 1 info; 1 internal error");
  }

  @Test
  void theInternalFailureNamesTheRuleTheInputHowToTurnItOffAndTheReports() {
    assertThat(
            ConsoleReport.internalFailure(
                ReportFixture.crashed(), List.of("target/entrypoint/check.json")))
        .isEqualTo(
            "entrypoint:check could not finish: rule runs-as-root threw on app/Dockerfile:"
                + " java.lang.IllegalStateException: bug (at"
                + " dev.entrypoint.policy.rules.RunsAsRoot.check(RunsAsRoot.java:42)). This is an"
                + " internal error of entrypoint-maven-plugin, not a finding: please report it at"
                + " https://github.com/entrypoint-dev/entrypoint-maven-plugin/issues, and meanwhile"
                + " turn the rule off with <rules><runs-as-root>off</runs-as-root></rules>. The"
                + " reports, with the findings of the other rules, are"
                + " target/entrypoint/check.json.");
  }

  @Test
  void severalInternalErrorsNameEachRuleOnceInTheWayOut() {
    InputReport other =
        new InputReport(
            InputReport.Kind.DOCKERFILE,
            "other/Dockerfile",
            "stage 0",
            ImageLaunch.none(),
            true,
            List.of("runs-as-root", "latest-base-image"),
            List.of(),
            List.of(),
            List.of(
                new RuleCrash("runs-as-root", "other/Dockerfile", "java.lang.NullPointerException"),
                new RuleCrash(
                    "latest-base-image", "other/Dockerfile", "java.lang.NullPointerException")),
            List.of());
    CheckReport report =
        new CheckReport(
            List.of(ReportFixture.crashed().inputs().get(0), other), List.of(), Severity.ERROR);

    assertThat(ConsoleReport.internalFailure(report, List.of("check.json")))
        .contains("These are internal errors of entrypoint-maven-plugin, not findings")
        .contains(
            "turn the rules off with <rules><runs-as-root>off</runs-as-root>"
                + "<latest-base-image>off</latest-base-image></rules>.");
  }
}
