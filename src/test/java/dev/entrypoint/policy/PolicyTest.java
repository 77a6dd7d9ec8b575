package dev.entrypoint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.policy.rules.ShellFormEntrypoint;
import dev.entrypoint.policy.rules.StandardRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyTest {

  private static final RuleCatalog RULES = StandardRules.catalog(List.of());
  private static final String SHELL_FORM = "FROM scratch\nENTRYPOINT /app/run\n";

  private static InputReport check(Policy policy, String dockerfile) {
    return policy.check(
        DockerfileInput.parse("app/Dockerfile", dockerfile, BaseImageLookup.unknown()),
        "Dockerfile");
  }

  private static List<String> counting(InputReport report) {
    return report.findings().stream().filter(Finding::counts).map(Finding::ruleId).toList();
  }

  @Test
  void rulesRunAtTheirDefaultSeverity() {
    InputReport report = check(Policy.builder(RULES).build(), SHELL_FORM);

    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("shell-form-entrypoint"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(Severity.ERROR);
              assertThat(finding.location()).hasToString("app/Dockerfile:2");
            });
  }

  @Test
  void anOverrideChangesTheSeverityAndOffStopsTheRule() {
    Policy policy =
        Policy.builder(RULES)
            .severity("shell-form-entrypoint", Severity.INFO)
            .severity("runs-as-root", Severity.OFF)
            .build();

    InputReport report = check(policy, SHELL_FORM);

    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("shell-form-entrypoint"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.INFO);
    assertThat(report.checkedRules())
        .doesNotContain("runs-as-root")
        .contains("shell-form-entrypoint");
  }

  @Test
  void offByDefaultRulesDoNotRunUntilTurnedOn() {
    assertThat(check(Policy.builder(RULES).build(), SHELL_FORM).checkedRules())
        .doesNotContain("missing-healthcheck", "missing-init");
    assertThat(
            check(
                    Policy.builder(RULES).severity("missing-init", Severity.ERROR).build(),
                    SHELL_FORM)
                .checkedRules())
        .contains("missing-init");
  }

  @Test
  void aPomSuppressionCoversItsRuleInMatchingFilesOnly() {
    Policy policy =
        Policy.builder(RULES)
            .suppress(Suppression.of("shell-form-entrypoint", "Docker*", "legacy image"))
            .build();

    InputReport report = check(policy, SHELL_FORM);

    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("shell-form-entrypoint"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.counts()).isFalse();
              assertThat(finding.suppressed())
                  .hasValue(new Finding.Suppressed(Finding.Suppressed.Kind.POM, "legacy image"));
            });
    Policy elsewhere =
        Policy.builder(RULES)
            .suppress(Suppression.of("shell-form-entrypoint", "other/*", "not here"))
            .build();
    assertThat(counting(check(elsewhere, SHELL_FORM))).contains("shell-form-entrypoint");
  }

  @Test
  void anInlineIgnoreCoversTheNextInstruction() {
    InputReport report =
        check(
            Policy.builder(RULES).build(),
            "FROM scratch\n"
                + "# entrypoint:ignore=shell-form-entrypoint the vendor's wrapper needs it\n"
                + "ENTRYPOINT /app/run\n");

    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("shell-form-entrypoint"))
        .singleElement()
        .extracting(Finding::suppressed)
        .isEqualTo(
            Optional.of(
                new Finding.Suppressed(
                    Finding.Suppressed.Kind.INLINE, "the vendor's wrapper needs it")));
  }

  @Test
  void inlineIgnoresCountForNothingWhenTheyAreNotAllowed() {
    InputReport report =
        check(
            Policy.builder(RULES).allowInlineSuppressions(false).build(),
            "FROM scratch\n"
                + "# entrypoint:ignore=shell-form-entrypoint legacy\n"
                + "ENTRYPOINT /app/run\n");

    assertThat(counting(report)).contains("shell-form-entrypoint");
    assertThat(report.notes()).anyMatch(note -> note.contains("allowInlineSuppressions is false"));
  }

  @Test
  void anIgnoreOfAnUnknownRuleIsNoted() {
    InputReport report =
        check(
            Policy.builder(RULES).build(),
            "FROM scratch\n# entrypoint:ignore=run-as-root legacy\nENTRYPOINT [\"/app/run\"]\n");

    assertThat(report.notes())
        .containsExactly(
            "line 2: entrypoint:ignore names rule 'run-as-root', which does not exist (the rules"
                + " are listed in docs/check.md)");
  }

  @Test
  void severitiesAreReadAsThePomWritesThem() {
    Policy policy =
        Policy.builder(RULES)
            .severities(Map.of("shell-form-entrypoint", "warning", "runs-as-root", "Off"))
            .build();

    assertThat(policy.severityOf(RULES.find("shell-form-entrypoint").orElseThrow()))
        .isEqualTo(Severity.WARNING);
    assertThat(policy.severityOf(RULES.find("runs-as-root").orElseThrow())).isEqualTo(Severity.OFF);
  }

  @Test
  void aSeverityThatIsNotOneNamesTheRulesElement() {
    assertThatThrownBy(() -> Policy.builder(RULES).severities(Map.of("runs-as-root", "fatal")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<rules><runs-as-root> is 'fatal', which is not a severity");
  }

  @Test
  void failOnNoneReportsWithoutEverFailing() {
    Severity none = Severity.threshold("none", "<failOn>");

    assertThat(Severity.ERROR.reaches(none)).isFalse();
    assertThat(Severity.INFO.reaches(none)).isFalse();
  }

  @Test
  void offIsNoThreshold() {
    assertThat(Severity.threshold(" Warning", "<failOn>")).isEqualTo(Severity.WARNING);
    assertThatThrownBy(() -> Severity.threshold("off", "<failOn>"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<failOn> is 'off': use error, warning or info; none to report");
  }

  @Test
  void unknownRuleIdsInThePomFailWithTheClosestIds() {
    assertThatThrownBy(() -> Policy.builder(RULES).severity("shell-form", Severity.OFF))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<rules> names rule 'shell-form', which does not exist")
        .hasMessageContaining("shell-form-entrypoint");
    assertThatThrownBy(() -> Policy.builder(RULES).suppress(Suppression.of("nope", null, "x")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<suppression><rule> names rule 'nope'");
  }

  @Test
  void aSuppressionNeedsAReason() {
    assertThatThrownBy(() -> Suppression.of("shell-form-cmd", "Dockerfile", " "))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("The <suppression> of rule shell-form-cmd has no <reason>");
  }

  @Test
  void aSuppressionPathThatIsNotAGlobNamesTheElementAndTheValue() {
    assertThatThrownBy(() -> Suppression.of("runs-as-root", "docker/[tools", "the tools image"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "The <suppression><path> of rule runs-as-root holds 'docker/[tools', which is not a"
                + " glob (Missing ']).");
  }

  @Test
  void aRuleThatThrowsIsAnInternalErrorOfThatRuleAndTheOthersStillRun() {
    Policy policy =
        Policy.builder(new RuleCatalog(List.of(new ThrowingRule(), new ShellFormEntrypoint())))
            .build();

    InputReport report = check(policy, SHELL_FORM);

    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .containsExactly("shell-form-entrypoint");
    assertThat(report.internalErrors())
        .singleElement()
        .satisfies(
            crash -> {
              assertThat(crash.ruleId()).isEqualTo("throwing-rule");
              assertThat(crash.path()).isEqualTo("app/Dockerfile");
              assertThat(crash.exception())
                  .matches(
                      "java\\.lang\\.\\w*IndexOutOfBoundsException: .* \\(at"
                          + " dev\\.entrypoint\\.policy\\.ThrowingRule\\.check\\(ThrowingRule\\.java:\\d+\\)\\)");
            });
    assertThat(report.checkedRules()).containsExactly("throwing-rule", "shell-form-entrypoint");
  }

  @Test
  void whatARuleReportedBeforeItThrewIsDropped() {
    Policy policy =
        Policy.builder(new RuleCatalog(List.of(new ThrowingRule("half a verdict")))).build();

    InputReport report = check(policy, SHELL_FORM);

    assertThat(report.findings()).isEmpty();
    assertThat(report.internalErrors())
        .extracting(RuleCrash::ruleId)
        .containsExactly("throwing-rule");
  }

  @Test
  void anInternalErrorNeitherReachesFailOnNorYieldsToASuppression() {
    Policy policy =
        Policy.builder(new RuleCatalog(List.of(new ThrowingRule())))
            .suppress(Suppression.of("throwing-rule", null, "known to be broken"))
            .build();

    CheckReport report =
        new CheckReport(List.of(check(policy, SHELL_FORM)), List.of(), Severity.INFO);

    assertThat(report.findings()).isEmpty();
    assertThat(report.fails()).isFalse();
    assertThat(report.internalErrors()).hasSize(1);
    assertThat(report.counts()).isEqualTo("0 errors, 0 warnings, 0 info; 1 internal error");
  }

  @Test
  void aRuleThatOverflowsTheStackIsAnInternalErrorToo() {
    Policy policy = Policy.builder(new RuleCatalog(List.of(new OverflowingRule()))).build();

    InputReport report = check(policy, SHELL_FORM);

    assertThat(report.findings()).isEmpty();
    assertThat(report.internalErrors())
        .singleElement()
        .extracting(RuleCrash::exception, STRING)
        .startsWith("java.lang.StackOverflowError");
  }

  @Test
  void theReportKeepsTheTargetStagesLaunchAsStored() {
    InputReport report =
        check(
            Policy.builder(RULES).build(),
            "FROM scratch AS build\nCMD [\"x\"]\nFROM scratch AS run\nENTRYPOINT [\"\"]\nCMD []\n");

    assertThat(report.subject()).isEqualTo("stage 1 \"run\"");
    assertThat(report.launch().entrypoint()).containsExactly("");
    assertThat(report.launch().cmd()).isNull();
    assertThat(report.launchKnown()).isTrue();
  }

  /** A rule that recurses without end. */
  private static final class OverflowingRule extends Rule implements DockerfileRule {
    OverflowingRule() {
      super("overflowing-rule", "Overflowing", Severity.WARNING, "Recurses.");
    }

    @Override
    public void check(DockerfileInput input, FindingSink findings) {
      check(input, findings);
    }
  }
}
