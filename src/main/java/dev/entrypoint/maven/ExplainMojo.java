package dev.entrypoint.maven;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.ConfigurationProblems;
import dev.entrypoint.explain.ExplainGoal;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.image.LastBuild;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.ShellCommand;
import dev.entrypoint.launch.ShellWords;
import dev.entrypoint.orchestrator.ImageLookup;
import dev.entrypoint.orchestrator.OrchestratedExplanation;
import dev.entrypoint.orchestrator.ProjectImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
public class ExplainMojo extends AbstractImageMojo {

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
  protected String goal() {
    return "explain";
  }

  @Override
  protected void run() throws Exception {
    if (image != null && dockerfile != null) {
      throw new ConfigurationException(
          "Both -Dentrypoint.image and -Dentrypoint.dockerfile are set: explain one of them at a"
              + " time.");
    }
    List<ShellCommand> lines = runLines();
    Optional<Path> json =
        output == null || output.isBlank()
            ? Optional.empty()
            : Optional.of(basedir().resolve(output.strip()));
    if (compose != null || manifest != null) {
      OrchestratedExplanation.run(
          basedir(), System.getenv(), compose, manifest, imageLookup(), json, buildLog());
      return;
    }
    if (dockerfile != null) {
      ExplainGoal.dockerfile(basedir().resolve(dockerfile.strip()), stage, lines, json, buildLog());
      return;
    }
    Optional<ImageSource> explained =
        inProject() || image != null ? imageToInspect() : Optional.empty();
    if (explained.isEmpty()) {
      throw new ConfigurationException(
          inProject()
              ? "There is no image to explain: entrypoint:build has not run for this project, and"
                  + " -Dentrypoint.image names none. Build it (mvn package), or give"
                  + " -Dentrypoint.image=tar://PATH, docker://NAME, podman://NAME or a registry"
                  + " reference, or -Dentrypoint.dockerfile=PATH."
              : "Nothing to explain outside a project: give -Dentrypoint.image=tar://PATH,"
                  + " docker://NAME, podman://NAME or a registry reference, or"
                  + " -Dentrypoint.dockerfile=PATH.");
    }
    ExplainGoal.image(
        explained.get(), imageAccess(explained.get()), lines, contract(), json, buildLog());
  }

  /**
   * How the images services and containers name are found: {@code <image>} for all, else the
   * project's own image when the name matches, else the local engines and the registry.
   */
  private ImageLookup imageLookup() throws IOException {
    ProjectImage projectImage = null;
    if (inProject()) {
      Optional<ImageSource> built = LastBuild.read(outputDirectory.toPath());
      projectImage =
          ProjectImage.built(
              targetImage(),
              settings().listOrEmpty(NestedProperty.TO_TAGS, to.tags),
              built.orElse(null),
              built
                  .map(source -> source.shown(basedir()))
                  .orElse("the image entrypoint:build makes (not built yet)"));
    }
    ImageSource override =
        image == null ? null : ImageSource.parse(image, basedir(), "-Dentrypoint.image");
    return ImageLookup.of(
        projectImage,
        override,
        ImageLookup.ConfigReader.of(this::imageAccess, buildLog()),
        buildLog());
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
              + ". Quote the lines as in a shell, and put the whole property in the other kind of"
              + " quotes: -Dentrypoint.run=\"docker run IMG echo 'hi'\".");
    }
  }

  /** The project's launch contract, when the project's own image is explained. */
  private LaunchContract contract() {
    if (!inProject() || image != null) {
      return null;
    }
    ConfigurationProblems problems = new ConfigurationProblems();
    LaunchContract contract = containerSettings(problems).launch();
    problems.throwIfAny();
    return contract;
  }

  private boolean inProject() {
    return project != null && project.getFile() != null;
  }
}
