package dev.entrypoint.verify;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.Resolution;
import java.util.List;
import java.util.Optional;

/**
 * The engine creates the container with exactly the expected argv, read back from the container
 * itself; or, when the expectation is a refusal, the engine refuses to create it with that error.
 *
 * @param argv the expected argv, or {@code null} when a refusal is expected
 * @param error the expected refusal, or {@code null}
 * @param meaning why this is expected, or {@code null}
 */
record ArgvCheck(List<String> argv, String error, String meaning) implements Check {

  ArgvCheck {
    argv = argv == null ? null : List.copyOf(argv);
  }

  /** The container's argv is {@code argv}; {@code meaning} (or null) says why that is expected. */
  static ArgvCheck exactly(List<String> argv, String meaning) {
    return new ArgvCheck(argv, null, meaning);
  }

  /** The engine does what the launch model predicts: runs its argv, or refuses with its error. */
  static ArgvCheck predicted(Resolution resolution) {
    return new ArgvCheck(resolution.argv(), resolution.error(), resolution.rule());
  }

  @Override
  public String expected() {
    String what = argv != null ? "argv " + Argv.json(argv) : "the engine refuses: " + error;
    return meaning == null ? what : what + " (" + meaning + ")";
  }

  @Override
  public RunPlan plan() {
    return RunPlan.CREATE_ONLY;
  }

  @Override
  public Optional<String> failure(Observation observation) {
    if (observation.createError() != null) {
      return error != null && observation.createError().contains(error)
          ? Optional.empty()
          : Optional.of("the engine refused to create the container: " + observation.createError());
    }
    return argv != null && argv.equals(observation.argv())
        ? Optional.empty()
        : Optional.of("argv " + Argv.json(observation.argv()));
  }
}
