package dev.entrypoint.orchestrator;

import dev.entrypoint.launch.Argv;
import java.util.List;
import java.util.Objects;

/**
 * What one Compose service or Kubernetes container executes: the argv the orchestrator has the
 * engine start, or the error it stops with, the rule that decided it, and notes on what a reader
 * may not expect.
 *
 * @param source {@code compose:PATH#SERVICE} or {@code kubernetes:PATH#KIND/NAME/CONTAINER}
 * @param image the image found for it, or why not
 * @param argv the argv, or {@code null} when nothing runs
 * @param error the error, or {@code null} when something runs
 * @param rule one sentence saying which rule of the orchestrator decided it
 * @param notes what a reader may not expect
 */
public record OrchestratedRun(
    String source,
    FoundImage image,
    List<String> argv,
    String error,
    String rule,
    List<String> notes) {

  public OrchestratedRun {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(rule, "rule");
    argv = argv == null ? null : List.copyOf(argv);
    notes = List.copyOf(notes);
    if ((argv == null) == (error == null)) {
      throw new IllegalArgumentException("a container runs an argv or fails with an error");
    }
  }

  /** Whether the container starts. */
  public boolean runs() {
    return argv != null;
  }

  @Override
  public String toString() {
    return source + " -> " + (runs() ? Argv.json(argv) : "error: " + error);
  }
}
