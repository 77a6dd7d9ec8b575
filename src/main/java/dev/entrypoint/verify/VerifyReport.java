package dev.entrypoint.verify;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a verification: the image, each engine it ran on (with the name the image had
 * there and the ENTRYPOINT and CMD the engine read), every scenario's result, and the time it took.
 *
 * @param image the image as the user named it
 * @param engines the engines, in order
 * @param results every scenario on every engine, engines in order, scenarios in order
 * @param duration the whole verification, image loading and cleanup included
 */
public record VerifyReport(
    String image, List<EngineRun> engines, List<ScenarioResult> results, Duration duration) {

  /**
   * One engine of a verification.
   *
   * @param engine Docker or Podman
   * @param version the engine's version
   * @param image the image's name in that engine
   * @param launch the ENTRYPOINT and CMD the engine read from the image
   */
  public record EngineRun(EngineKind engine, String version, String image, ImageLaunch launch) {}

  /** Copies the lists. */
  public VerifyReport {
    Objects.requireNonNull(image, "image");
    engines = List.copyOf(engines);
    results = List.copyOf(results);
  }

  /** Whether every scenario passed on every engine. */
  public boolean passed() {
    return results.stream().allMatch(ScenarioResult::passed);
  }

  /** The scenarios that did not pass. */
  public List<ScenarioResult> failures() {
    return results.stream().filter(result -> !result.passed()).toList();
  }
}
