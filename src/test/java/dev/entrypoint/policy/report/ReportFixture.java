package dev.entrypoint.policy.report;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.InputReport;
import dev.entrypoint.policy.Location;
import dev.entrypoint.policy.Policy;
import dev.entrypoint.policy.RuleCrash;
import dev.entrypoint.policy.Severity;
import dev.entrypoint.policy.rules.StandardRules;
import java.util.List;

/**
 * Small check outcomes for the report tests: a Dockerfile with findings, a clean image, and a note
 * about the whole check; and a Dockerfile on which one rule threw.
 */
final class ReportFixture {

  static final Policy POLICY = Policy.builder(StandardRules.catalog(List.of())).build();

  static final Finding SHELL_FORM =
      new Finding(
          "shell-form-entrypoint",
          Severity.ERROR,
          Location.of("app/Dockerfile").at(9, 1),
          "ENTRYPOINT in shell form runs under /bin/sh -c.");
  static final Finding SUPPRESSED =
      new Finding(
              "runs-as-root",
              Severity.WARNING,
              Location.of("app/Dockerfile").atLine(1),
              "No USER is set.")
          .suppressedBy(new Finding.Suppressed(Finding.Suppressed.Kind.INLINE, "a legacy image"));
  static final Finding UNPINNED =
      new Finding(
          "base-image-not-pinned",
          Severity.INFO,
          Location.of("app/Dockerfile").atLine(1),
          "FROM x:1 is not pinned by digest.");

  static final String NOTE =
      "could not search docker/private (permission denied), so no Dockerfile there was checked.";

  static final RuleCrash CRASH =
      new RuleCrash(
          "runs-as-root",
          "app/Dockerfile",
          "java.lang.IllegalStateException: bug (at dev.entrypoint.policy.rules.RunsAsRoot.check"
              + "(RunsAsRoot.java:42))");

  private ReportFixture() {}

  static CheckReport report() {
    InputReport dockerfile =
        new InputReport(
            InputReport.Kind.DOCKERFILE,
            "app/Dockerfile",
            "stage 0",
            ImageLaunch.of(List.of("/bin/sh", "-c", "run"), List.of()),
            true,
            List.of("shell-form-entrypoint", "runs-as-root", "base-image-not-pinned"),
            List.of(),
            List.of(SUPPRESSED, UNPINNED, SHELL_FORM),
            List.of(),
            List.of());
    InputReport image =
        new InputReport(
            InputReport.Kind.IMAGE,
            "app/target/entrypoint/image.tar",
            "image",
            ImageLaunch.of(List.of(""), null),
            true,
            List.of("nothing-to-run"),
            List.of("entrypoint-missing"),
            List.of(),
            List.of(),
            List.of());
    return new CheckReport(List.of(dockerfile, image), List.of(NOTE), Severity.ERROR);
  }

  /**
   * A Dockerfile on which runs-as-root threw and base-image-not-pinned found something at info,
   * below the threshold: the policy passes, the plugin failed.
   */
  static CheckReport crashed() {
    InputReport dockerfile =
        new InputReport(
            InputReport.Kind.DOCKERFILE,
            "app/Dockerfile",
            "stage 0",
            ImageLaunch.of(List.of("/app/run"), null),
            true,
            List.of("runs-as-root", "base-image-not-pinned"),
            List.of(),
            List.of(UNPINNED),
            List.of(CRASH),
            List.of());
    return new CheckReport(List.of(dockerfile), List.of(), Severity.ERROR);
  }
}
