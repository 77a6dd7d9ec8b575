package dev.entrypoint.orchestrator;

import dev.entrypoint.AtomicFile;
import dev.entrypoint.BuildLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow of {@code entrypoint:explain} for Compose files and Kubernetes manifests: what each
 * service or container executes with the image it names, printed, and written as JSON when asked.
 */
public final class OrchestratedExplanation {

  private OrchestratedExplanation() {}

  /**
   * Explains the services of {@code compose} ({@code PATH[,PATH][#SERVICE]}) and the containers of
   * {@code manifest} ({@code PATH[#CONTAINER]}), either of which may be {@code null}; paths are
   * relative to {@code baseDir}, Compose variables come from {@code environment}.
   */
  public static List<OrchestratedRun> run(
      Path baseDir,
      Map<String, String> environment,
      String compose,
      String manifest,
      ImageLookup images,
      Optional<Path> output,
      BuildLog log)
      throws IOException {
    OrchestratedSources sources = new OrchestratedSources(baseDir, environment, images);
    List<OrchestratedRun> runs = new ArrayList<>();
    if (compose != null) {
      runs.addAll(sources.compose(compose));
    }
    if (manifest != null) {
      runs.addAll(sources.manifest(manifest));
    }
    OrchestratedRunsText.lines(runs).forEach(log::info);
    if (output.isPresent()) {
      AtomicFile.write(output.get(), OrchestratedRunsJson.of(runs));
      log.info("Wrote " + output.get());
    }
    return runs;
  }
}
