package dev.entrypoint.explain;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.launch.ShellCommand;
import dev.entrypoint.launch.ShellWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Works out what runs: for the standard invocations and for each of the user's run lines, the argv
 * the engine executes (from {@link LaunchResolver}) or the error it refuses with.
 */
public final class Explainer {

  /** The standard runs; IMAGE, ARGS and X stand for any image, arguments and program. */
  static final List<String> STANDARD_RUNS =
      List.of("run IMAGE", "run IMAGE ARGS", "run --entrypoint X IMAGE");

  /** Runs whose {@code --entrypoint} looks like JSON, which Podman decodes and Docker does not. */
  static final List<String> JSON_ENTRYPOINT_RUNS =
      List.of("run --entrypoint '[]' IMAGE", "run --entrypoint '[\"X\",\"Y\"]' IMAGE");

  private Explainer() {}

  /**
   * Explains {@code source}: the standard runs, where the engines differ, each of {@code runLines},
   * and, when {@code contract} is not null, whether the launch keeps it.
   */
  public static Explanation explain(
      ExplainedSource source, List<ShellCommand> runLines, LaunchContract contract) {
    ImageLaunch launch = source.launch();
    List<ExplainedRun> standard = new ArrayList<>();
    for (EngineKind engine : EngineKind.values()) {
      STANDARD_RUNS.forEach(run -> standard.add(explain(launch, line(engine, run))));
    }
    List<ExplainedRun> differences = new ArrayList<>();
    for (String run : JSON_ENTRYPOINT_RUNS) {
      ExplainedRun docker = explain(launch, line(EngineKind.DOCKER, run));
      ExplainedRun podman = explain(launch, line(EngineKind.PODMAN, run));
      if (!Objects.equals(docker.argv(), podman.argv())) {
        differences.add(docker);
        differences.add(podman);
      }
    }
    List<ExplainedRun> user = runLines.stream().map(line -> explain(launch, line)).toList();
    String verdict =
        contract == null
            ? null
            : contract
                .violation(launch)
                .map(
                    why ->
                        "The image breaks the launch contract '"
                            + contract.pomValue()
                            + "': "
                            + why
                            + ".")
                .orElse("The image keeps the launch contract '" + contract.pomValue() + "'.");
    return new Explanation(source, standard, differences, user, verdict);
  }

  /** What one run line executes for an image with {@code launch}. */
  public static ExplainedRun explain(ImageLaunch launch, ShellCommand line) {
    try {
      RunLine run = RunLineParser.parse(line);
      return ExplainedRun.resolved(
          line.text(), run, LaunchResolver.resolve(launch, run.invocation(), run.engine()));
    } catch (RunLineException refused) {
      return ExplainedRun.refused(line.text(), refused);
    }
  }

  private static ShellCommand line(EngineKind engine, String run) {
    return ShellWords.commands(engine.command() + " " + run).get(0);
  }
}
