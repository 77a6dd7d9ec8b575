package dev.entrypoint.verify;

import dev.entrypoint.launch.Argv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The console view of a {@link VerifyReport}: a table with one row per scenario and engine
 * (scenario, result, time, and the {@code run} line that reproduces it), and for each scenario that
 * did not pass, what was expected, what was observed and the last lines of its output.
 */
public final class VerifyConsoleReport {

  private VerifyConsoleReport() {}

  /** The table, a header row then one row per result. */
  public static List<String> table(VerifyReport report) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"SCENARIO", "RESULT", "TIME", "RUN"});
    for (ScenarioResult result : report.results()) {
      rows.add(
          new String[] {
            result.scenario().name(),
            label(result.status()),
            DurationText.of(result.duration()),
            result.commandLine()
          });
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row[column].length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < widths.length; column++) {
        line.append(String.format(Locale.ROOT, "%-" + widths[column] + "s  ", row[column]));
      }
      lines.add(line.append(row[3]).toString());
    }
    return lines;
  }

  /**
   * For each result that did not pass: the scenario, its run line, expected versus observed, its
   * output.
   */
  public static List<String> failures(VerifyReport report) {
    List<String> lines = new ArrayList<>();
    for (ScenarioResult result : report.failures()) {
      lines.add(
          label(result.status())
              + " "
              + result.scenario().name()
              + " on "
              + result.engine().command());
      lines.add("  run:      " + result.commandLine());
      if (result.argv() != null) {
        lines.add("  argv:     " + Argv.json(result.argv()));
      }
      if (result.error() != null) {
        lines.add("  error:    " + result.error());
      }
      for (Mismatch mismatch : result.mismatches()) {
        lines.add("  expected: " + mismatch.expected());
        lines.add("  observed: " + mismatch.observed());
      }
      if (result.logTail() != null) {
        output(lines, "stdout", result.logTail().stdout());
        output(lines, "stderr", result.logTail().stderr());
      }
    }
    return lines;
  }

  /** {@code 7 of 8 scenarios passed on docker and podman in 41.2 s}. */
  public static String summary(VerifyReport report) {
    long passed = report.results().stream().filter(ScenarioResult::passed).count();
    List<String> engines = report.engines().stream().map(run -> run.engine().command()).toList();
    return passed
        + " of "
        + report.results().size()
        + " scenarios passed on "
        + String.join(" and ", engines)
        + " in "
        + DurationText.of(report.duration());
  }

  private static void output(List<String> lines, String stream, String text) {
    if (text.isBlank()) {
      return;
    }
    lines.add("  " + stream + " (last " + ScenarioRunner.LOG_LINES + " lines):");
    text.lines().forEach(line -> lines.add("    " + line));
  }

  private static String label(ScenarioResult.Status status) {
    return switch (status) {
      case PASSED -> "PASS";
      case FAILED -> "FAIL";
      case ERROR -> "ERROR";
    };
  }
}
