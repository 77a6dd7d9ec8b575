package dev.entrypoint.policy.report;

import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.InputReport;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a check prints: for each input its notes and one line per finding, logged at the level its
 * severity calls for (suppressed findings at debug level), then a summary; and the message the
 * build fails with.
 */
public final class ConsoleReport {

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
