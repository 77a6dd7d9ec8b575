package dev.entrypoint.policy.report;

import dev.entrypoint.policy.CheckReport;
import dev.entrypoint.policy.InputReport;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The lines a check prints: one per finding, then a summary. */
public final class ConsoleReport {

  private ConsoleReport() {}

  /**
   * {@code entrypoint:check: 3 inputs (1 pom, 2 dockerfiles) in 41 ms: 1 error, 0 warnings, 0
   * info}.
   */
  public static String summary(CheckReport report, long millis) {
    Map<String, Long> kinds =
        new TreeMap<>(
            report.inputs().stream()
                .collect(Collectors.groupingBy(input -> input.kind().id(), Collectors.counting())));
    String inputs =
        kinds.entrySet().stream()
            .map(kind -> kind.getValue() + " " + kind.getKey() + (kind.getValue() == 1 ? "" : "s"))
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

  /** {@code Dockerfile: a note}, for each note of an input. */
  public static String note(InputReport input, String note) {
    return input.path() + ": " + note;
  }
}
