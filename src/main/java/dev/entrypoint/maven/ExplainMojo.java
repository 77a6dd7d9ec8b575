package dev.entrypoint.maven;

import dev.entrypoint.AtomicFile;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.explain.ExplainedSource;
import dev.entrypoint.explain.Explainer;
import dev.entrypoint.explain.Explanation;
import dev.entrypoint.explain.ExplanationJson;
import dev.entrypoint.explain.ExplanationText;
import dev.entrypoint.image.ImageReader;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.ShellCommand;
import dev.entrypoint.launch.ShellWords;
import dev.entrypoint.orchestrator.ImageLookup;
import dev.entrypoint.orchestrator.OrchestratedRun;
import dev.entrypoint.orchestrator.OrchestratedRunsJson;
import dev.entrypoint.orchestrator.OrchestratedRunsText;
import dev.entrypoint.orchestrator.OrchestratedSources;
import dev.entrypoint.orchestrator.ProjectImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Explains what runs, before anything does: an image's (or a Dockerfile stage's) ENTRYPOINT and CMD
 * with their forms, what {@code run IMAGE}, {@code run IMAGE ARGS} and {@code run --entrypoint X
 * IMAGE} execute on Docker and on Podman, each with the rule that decided it, and what each given
 * {@code docker run} / {@code podman run} line executes. Works without a project: {@code mvn
 * entrypoint:explain -Dentrypoint.image=docker://nginx:1.25 -Dentrypoint.run="docker run nginx:1.25
 * sh"}.
 */
@Mojo(name = "explain", requiresProject = false, threadSafe = true)
public class ExplainMojo extends AbstractEngineMojo {

  /**
   * The image to explain: {@code tar://PATH}, {@code docker://NAME}, {@code podman://NAME} or a
   * registry reference. Default: the project's {@code <outputDirectory>/image.tar}.
   */
  @Parameter(property = "entrypoint.image")
  private String image;

  /** A Dockerfile (or Containerfile) to explain instead of an image. */
  @Parameter(property = "entrypoint.dockerfile")
  private String dockerfile;

  /**
   * The Dockerfile's stage, by name or index from 0. Default: the last, which {@code docker build}
   * builds.
   */
  @Parameter(property = "entrypoint.stage")
  private String stage;

  /**
   * One or more {@code docker run} or {@code podman run} lines, separated by {@code ;}, quoted as
   * in a POSIX shell; the image they name is taken to be the explained one.
   */
  @Parameter(property = "entrypoint.run")
  private String run;

  /** A file to write the explanation to as JSON. */
  @Parameter(property = "entrypoint.explain.output")
  private String output;

  /**
   * A Compose file to explain, {@code PATH} or {@code PATH#SERVICE} (several files, as {@code
   * docker compose -f A -f B}, separated by commas): what each service executes with the image it
   * names.
   */
  @Parameter(property = "entrypoint.compose")
  private String compose;

  /**
   * A Kubernetes manifest to explain, {@code PATH} or {@code PATH#CONTAINER}: what each container
   * of its Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs and CronJobs executes.
   */
  @Parameter(property = "entrypoint.manifest")
  private String manifest;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping entrypoint:explain (entrypoint.skip)");
      return;
    }
    GoalFailures.run(
        "entrypoint:explain",
        () -> {
          if (compose != null || manifest != null) {
            explainOrchestrators();
            return;
          }
          Explanation explanation = Explainer.explain(source(), runLines(), contract());
          ExplanationText.lines(explanation).forEach(getLog()::info);
          if (output != null && !output.isBlank()) {
            Path file = baseDirectory().resolve(output.strip());
            AtomicFile.write(file, ExplanationJson.of(explanation));
            getLog().info("Wrote " + file);
          }
        });
  }

  /** What the services of {@code compose} and the containers of {@code manifest} execute. */
  private void explainOrchestrators() throws Exception {
    ProjectImage projectImage = null;
    if (inProject()) {
      Path built = outputDirectory.toPath().resolve("image.tar");
      projectImage =
          ProjectImage.built(
              targetImage(),
              properties().list("entrypoint.to.tags", to.tags),
              Files.isRegularFile(built) ? ImageSource.tar(built) : null,
              baseDirectory().relativize(built.toAbsolutePath()).toString());
    }
    ImageSource override =
        image == null ? null : ImageSource.parse(image, baseDirectory(), "-Dentrypoint.image");
    ImageLookup images =
        ImageLookup.of(
            projectImage,
            override,
            ImageLookup.ConfigReader.of(this::imageAccess, buildLog()),
            buildLog());
    OrchestratedSources sources = new OrchestratedSources(baseDirectory(), System.getenv(), images);
    List<OrchestratedRun> runs = new ArrayList<>();
    if (compose != null) {
      runs.addAll(sources.compose(compose));
    }
    if (manifest != null) {
      runs.addAll(sources.manifest(manifest));
    }
    OrchestratedRunsText.lines(runs).forEach(getLog()::info);
    if (output != null && !output.isBlank()) {
      Path file = baseDirectory().resolve(output.strip());
      AtomicFile.write(file, OrchestratedRunsJson.of(runs));
      getLog().info("Wrote " + file);
    }
  }

  private ExplainedSource source() throws Exception {
    if (image != null && dockerfile != null) {
      throw new ConfigurationException(
          "Both -Dentrypoint.image and -Dentrypoint.dockerfile are set: explain one"
              + " of them at a time.");
    }
    if (dockerfile != null) {
      return ExplainedSource.dockerfile(baseDirectory().resolve(dockerfile.strip()), stage);
    }
    ImageSource reference;
    if (image != null) {
      reference = ImageSource.parse(image, baseDirectory(), "-Dentrypoint.image");
    } else if (inProject()) {
      reference = ImageSource.tar(outputDirectory.toPath().resolve("image.tar"));
    } else {
      throw new ConfigurationException(
          "Nothing to explain outside a project: give -Dentrypoint.image=tar://PATH,"
              + " docker://NAME or podman://NAME, or -Dentrypoint.dockerfile=PATH.");
    }
    try (ImageReader reader = ImageReader.open(reference, imageAccess(reference), buildLog())) {
      return ExplainedSource.image(reference, reader.config());
    }
  }

  private List<ShellCommand> runLines() {
    if (run == null || run.isBlank()) {
      return List.of();
    }
    try {
      return ShellWords.commands(run);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "-Dentrypoint.run: "
              + e.getMessage()
              + ". Quote the lines as in a shell,"
              + " and put the whole property in the other kind of quotes: -Dentrypoint.run=\"docker run IMG echo 'hi'\".");
    }
  }

  /** The project's launch contract, when the project's own image is explained. */
  private LaunchContract contract() {
    return inProject() && image == null && dockerfile == null ? containerSettings().launch() : null;
  }

  private boolean inProject() {
    return project != null && project.getFile() != null;
  }

  private Path baseDirectory() {
    return project != null && project.getBasedir() != null
        ? project.getBasedir().toPath()
        : Path.of("").toAbsolutePath();
  }
}
