package dev.entrypoint.explain;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.dockerfile.Dockerfile;
import dev.entrypoint.dockerfile.DockerfileParser;
import dev.entrypoint.dockerfile.ParseProblem;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.ImageLaunch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What is explained: a description of where the ENTRYPOINT and CMD come from (an image, or a stage
 * of a Dockerfile), the ENTRYPOINT and CMD themselves, and notes on how far they can be trusted.
 *
 * @param description where the launch comes from, such as {@code docker://nginx:1.25}
 * @param launch the ENTRYPOINT and CMD
 * @param notes what the reader should know, such as a Dockerfile's problems or an unknown base
 *     image
 */
public record ExplainedSource(String description, ImageLaunch launch, List<String> notes) {

  /** Copies the notes. */
  public ExplainedSource {
    notes = List.copyOf(notes);
  }

  /** An image's launch, read from its config. */
  public static ExplainedSource image(ImageSource reference, ImageConfig config) {
    return new ExplainedSource(reference.toString(), config.launch(), List.of());
  }

  /**
   * The launch a stage of a Dockerfile gives its image: the stage named (or numbered) {@code
   * stage}, or the last one, which {@code docker build} builds, when {@code stage} is null.
   *
   * @throws ConfigurationException when the file does not exist, or has no such stage
   */
  public static ExplainedSource dockerfile(Path file, String stage) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException(
          "-Dentrypoint.dockerfile="
              + file
              + " is not a file: give the path"
              + " of a Dockerfile or Containerfile, relative to the current directory or absolute.");
    }
    Dockerfile dockerfile = DockerfileParser.withUnknownBaseImages().parse(file);
    if (stage == null && dockerfile.stages().isEmpty()) {
      throw new ConfigurationException(
          file
              + " has no FROM line, so it builds no image"
              + dockerfile.problems().stream()
                  .findFirst()
                  .map(problem -> " ('docker build' fails on " + problem + ")")
                  .orElse("")
              + ": give -Dentrypoint.dockerfile the path of a Dockerfile or Containerfile.");
    }
    Stage chosen =
        (stage == null ? dockerfile.target() : dockerfile.stage(stage))
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        file
                            + " has no stage '"
                            + stage
                            + "'"
                            + (dockerfile.stages().isEmpty()
                                ? " (it has no FROM line)"
                                : "; its stages are "
                                    + dockerfile.stages().stream()
                                        .map(Stage::label)
                                        .collect(Collectors.joining(", ")))
                            + ". Give -Dentrypoint.stage=NAME or an index from 0, or leave it out for the last stage."));
    List<String> notes = new ArrayList<>();
    for (ParseProblem problem : dockerfile.problems()) {
      notes.add(
          file.getFileName()
              + ":"
              + problem.line()
              + ": this Dockerfile does not build: "
              + problem.refusal()
              + " What follows is what it would run if Docker built it.");
    }
    if (!chosen.config().launchKnown()) {
      notes.add(
          "The stage builds on the image "
              + externalBase(dockerfile, chosen)
              + ", whose ENTRYPOINT and"
              + " CMD cannot be read from the Dockerfile: what the stage does not set itself is shown as not"
              + " set. Build the image and explain it with -Dentrypoint.image=docker://NAME to see what it"
              + " inherits.");
    }
    return new ExplainedSource(
        "Dockerfile " + file + ", " + chosen.label(), chosen.launch(), notes);
  }

  /** The external image a stage builds on, through the earlier stages it may build on. */
  private static String externalBase(Dockerfile dockerfile, Stage stage) {
    Stage current = stage;
    while (current.base().isStage()) {
      current = dockerfile.stages().get(current.base().stageIndex());
    }
    return current.base().name();
  }
}
