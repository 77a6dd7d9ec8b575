package dev.entrypoint.policy.report;

import dev.entrypoint.PluginInfo;
import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.InputReport;
import dev.entrypoint.policy.RuleCrash;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a check prints: for each input its notes, one line per finding, logged at the level its
 * severity calls for (suppressed findings at debug level), and an error line per rule that threw;
 * then a summary; and the messages the build fails with.
 */
public final class ConsoleReport {

  /**
   * Where bugs of the plugin are reported: the issues of the project the pom's {@code url} names.
   */
  private static final String ISSUES = PluginInfo.url() + "/issues";

  /** How loudly a line is logged. */
  public enum Level {
    ERROR,
    WARNING,
    INFO,
    DEBUG
  }

  /** One line of the report and its level. */
  public record Line(Level level, String text) {

    public Line {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(text, "text");
    }
  }

  private ConsoleReport() {}

  /** Every line of {@code report}, in order, the summary last; the check took {@code millis}. */
  public static List<Line> lines(CheckReport report, long millis) {
    List<Line> lines = new ArrayList<>();
    for (InputReport input : report.inputs()) {
      input.notes().forEach(note -> lines.add(new Line(Level.WARNING, input.path() + ": " + note)));
      if (!input.skippedRules().isEmpty()) {
        lines.add(
            new Line(
                Level.DEBUG,
                input.path()
                    + ": the image's files could not be read, so "
                    + String.join(", ", input.skippedRules())
                    + " did not run"));
      }
      input.findings().forEach(finding -> lines.add(new Line(level(finding), finding.toString())));
      input
          .internalErrors()
          .forEach(crash -> lines.add(new Line(Level.ERROR, crash.path() + ": " + explain(crash))));
    }
    report.notes().forEach(note -> lines.add(new Line(Level.WARNING, note)));
    lines.add(new Line(Level.INFO, summary(report, millis)));
    return lines;
  }

  /**
   * Why the build fails, naming the {@code reportFiles} (as paths relative to where the build
   * runs).
   */
  public static String failure(CheckReport report, List<String> reportFiles) {
    return "entrypoint:check found "
        + report.counts()
        + "; findings of severity "
        + report.failOn().id()
        + " or worse fail the build (failOn). Each finding above says what to change; the reports"
        + " are "
        + String.join(", ", reportFiles)
        + ".";
  }

  /**
   * Why the build fails when rules threw: the plugin failed, not the policy. Names each rule, the
   * input and the exception, where to report it, how to turn the rules off meanwhile, and the
   * reports, which hold the findings of the other rules.
   */
  public static String internalFailure(CheckReport report, List<String> reportFiles) {
    List<RuleCrash> crashes = report.internalErrors();
    boolean one = crashes.size() == 1;
    boolean oneRule = crashes.stream().map(RuleCrash::ruleId).distinct().count() == 1;
    return "entrypoint:check could not finish: "
        + crashes.stream().map(RuleCrash::toString).collect(Collectors.joining("; "))
        + ". "
        + (one ? "This is an internal error" : "These are internal errors")
        + " of entrypoint-maven-plugin, not "
        + (one ? "a finding" : "findings")
        + ": please report "
        + (one ? "it" : "them")
        + " at "
        + ISSUES
        + ", and meanwhile turn the rule"
        + (oneRule ? "" : "s")
        + " off with "
        + turnOff(crashes)
        + ". The reports, with the findings of the other rules, are "
        + String.join(", ", reportFiles)
        + ".";
  }

  /**
   * What every report says of a rule that threw: what, why it matters, and the way out ({@code
   * Internal error: rule X threw E. This is a bug ...}).
   */
  static String explain(RuleCrash crash) {
    return "Internal error: rule "
        + crash.ruleId()
        + " threw "
        + crash.exception()
        + ". This is a bug in entrypoint-maven-plugin, not a finding, and the rule's verdict on this"
        + " input is unknown: please report it at "
        + ISSUES
        + ", and meanwhile turn the rule off with "
        + turnOff(List.of(crash))
        + ".";
  }

  /** {@code <rules><runs-as-root>off</runs-as-root></rules>}, each rule once. */
  private static String turnOff(List<RuleCrash> crashes) {
    return crashes.stream()
        .map(RuleCrash::ruleId)
        .distinct()
        .map(id -> "<" + id + ">off</" + id + ">")
        .collect(Collectors.joining("", "<rules>", "</rules>"));
  }

  private static Level level(Finding finding) {
    if (!finding.counts()) {
      return Level.DEBUG;
    }
    return finding.severity() == Severity.ERROR
        ? Level.ERROR
        : finding.severity() == Severity.WARNING ? Level.WARNING : Level.INFO;
  }

  /**
   * {@code entrypoint:check: 3 inputs (1 pom, 2 dockerfiles) in 41 ms: 1 error, 0 warnings, 0
   * info}.
   */
  private static String summary(CheckReport report, long millis) {
    Map<InputReport.Kind, Long> kinds =
        new TreeMap<>(Comparator.comparing((InputReport.Kind kind) -> kind.id()));
    report.inputs().forEach(input -> kinds.merge(input.kind(), 1L, Long::sum));
    String inputs =
        kinds.entrySet().stream()
            .map(kind -> kind.getKey().counted(kind.getValue()))
            .collect(Collectors.joining(", "));
    int count = report.inputs().size();
    return "entrypoint:check: "
        + count
        + " input"
        + (count == 1 ? "" : "s")
        + (inputs.isEmpty() ? "" : " (" + inputs + ")")
        + " in "
        + millis
        + " ms: "
        + report.counts();
  }
}
