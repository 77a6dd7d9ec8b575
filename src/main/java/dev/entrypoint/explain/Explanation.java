package dev.entrypoint.explain;

import java.util.List;

/**
 * Everything {@code explain} says about one image: where its ENTRYPOINT and CMD come from, what the
 * standard runs execute on Docker and on Podman, the runs where the two engines differ, the run
 * lines the user asked about, and whether the image keeps the project's launch contract.
 *
 * @param source the explained ENTRYPOINT and CMD
 * @param standardRuns {@code run IMAGE}, {@code run IMAGE ARGS} and {@code run --entrypoint X
 *     IMAGE}, on Docker then on Podman
 * @param engineDifferences runs, on Docker then on Podman, that execute differently on the two
 * @param userRuns the user's run lines, in order
 * @param contractVerdict whether the image keeps the project's launch contract, or {@code null}
 *     outside a project
 */
public record Explanation(
    ExplainedSource source,
    List<ExplainedRun> standardRuns,
    List<ExplainedRun> engineDifferences,
    List<ExplainedRun> userRuns,
    String contractVerdict) {

  /** Copies the lists. */
  public Explanation {
    standardRuns = List.copyOf(standardRuns);
    engineDifferences = List.copyOf(engineDifferences);
    userRuns = List.copyOf(userRuns);
  }
}
