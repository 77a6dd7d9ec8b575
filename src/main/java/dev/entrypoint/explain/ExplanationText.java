package dev.entrypoint.explain;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.CommandForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Renders an {@link Explanation} as lines for the console. */
public final class ExplanationText {

  private ExplanationText() {}

  /** The explanation, one line per element, indented with spaces. */
  public static List<String> lines(Explanation explanation) {
    ExplainedSource source = explanation.source();
    List<String> lines = new ArrayList<>();
    lines.add("Explaining " + source.description());
    source.notes().forEach(note -> lines.add("  Note: " + note));
    lines.add("  ENTRYPOINT " + launchValue(source.launch().entrypoint()));
    lines.add("  CMD        " + launchValue(source.launch().cmd()));
    lines.add("");
    lines.add("What runs (IMAGE is this image; ARGS and X stand for any arguments and program):");
    int perEngine = Explainer.STANDARD_RUNS.size();
    List<ExplainedRun> standard = explanation.standardRuns();
    List<ExplainedRun> podmanDiffers = new ArrayList<>();
    for (int i = 0; i < perEngine; i++) {
      ExplainedRun docker = standard.get(i);
      ExplainedRun podman = standard.get(perEngine + i);
      run(lines, docker);
      if (!Objects.equals(docker.argv(), podman.argv())) {
        podmanDiffers.add(podman);
      }
    }
    if (podmanDiffers.isEmpty()) {
      lines.add("  Podman executes the same for these.");
    } else {
      lines.add("  Podman differs:");
      podmanDiffers.forEach(run -> run(lines, run));
    }
    if (!explanation.engineDifferences().isEmpty()) {
      lines.add(
          "  Docker and Podman differ where --entrypoint looks like JSON, which only Podman decodes:");
      for (ExplainedRun run : explanation.engineDifferences()) {
        lines.add("    " + run.line() + "  executes  " + outcome(run));
      }
    }
    if (explanation.contractVerdict() != null) {
      lines.add("  " + explanation.contractVerdict());
    }
    if (!explanation.userRuns().isEmpty()) {
      lines.add("");
      lines.add("Your run lines (the image they name is taken to be the one above):");
      explanation.userRuns().forEach(run -> run(lines, run));
    }
    return lines;
  }

  private static void run(List<String> lines, ExplainedRun run) {
    lines.add("  " + run.line());
    lines.add("    executes  " + outcome(run));
    if (run.rule() != null) {
      lines.add("    because   " + run.rule());
    }
    run.notes().forEach(note -> lines.add("    note      " + note));
  }

  private static String outcome(ExplainedRun run) {
    return run.runs()
        ? Argv.shellQuoted(run.argv()) + "   " + Argv.json(run.argv())
        : "nothing: " + run.error();
  }

  private static String launchValue(List<String> value) {
    if (value == null) {
      return "not set";
    }
    if (value.isEmpty()) {
      return "[] (set, empty)";
    }
    return Argv.json(value)
        + (CommandForm.of(value) == CommandForm.SHELL
            ? " (shell form: " + value.get(0) + " -c runs the line)"
            : " (exec form)");
  }
}
