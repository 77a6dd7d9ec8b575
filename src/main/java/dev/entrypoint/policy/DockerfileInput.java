package dev.entrypoint.policy;

import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.dockerfile.Dockerfile;
import dev.entrypoint.dockerfile.DockerfileParser;
import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.ImageLaunch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Dockerfile (or Containerfile) to check: its parsed content, the path findings name, and what is
 * known of the external images its stages are built FROM.
 */
public final class DockerfileInput {

  private final String path;
  private final Dockerfile dockerfile;
  private final BaseImageLookup baseImages;

  private DockerfileInput(String path, Dockerfile dockerfile, BaseImageLookup baseImages) {
    this.path = Objects.requireNonNull(path, "path");
    this.dockerfile = Objects.requireNonNull(dockerfile, "dockerfile");
    this.baseImages = Objects.requireNonNull(baseImages, "baseImages");
  }

  /** Parses {@code text}; findings will name {@code path}. */
  public static DockerfileInput parse(String path, String text, BaseImageLookup baseImages) {
    return new DockerfileInput(
        path, DockerfileParser.withBaseImages(baseImages).parse(text), baseImages);
  }

  /** Reads and parses {@code file}; findings will name {@code path}. */
  public static DockerfileInput read(Path file, String path, BaseImageLookup baseImages)
      throws IOException {
    return new DockerfileInput(
        path, DockerfileParser.withBaseImages(baseImages).parse(file), baseImages);
  }

  /** The path findings name, relative to where the build runs. */
  public String path() {
    return path;
  }

  /** The parsed file. */
  public Dockerfile dockerfile() {
    return dockerfile;
  }

  /** The whole file, as a location. */
  public Location location() {
    return Location.of(path);
  }

  /** The line {@code instruction} starts on. */
  public Location at(Instruction instruction) {
    return Location.of(path).atLine(instruction.startLine());
  }

  /** The stage {@code docker build} builds by default, the last one, if the file has any. */
  public Optional<Stage> target() {
    return dockerfile.target();
  }

  /**
   * The ENTRYPOINT and CMD {@code stage} starts from: those of its base stage, of a known external
   * image, or none for scratch; empty when the base is an external image nobody knows.
   */
  public Optional<ImageLaunch> baseLaunch(Stage stage) {
    return switch (stage.base().kind()) {
      case SCRATCH -> Optional.of(ImageLaunch.none());
      case STAGE -> {
        Stage base = dockerfile.stages().get(stage.base().stageIndex());
        yield base.config().launchKnown() ? Optional.of(base.launch()) : Optional.empty();
      }
      case IMAGE -> baseImages.launchOf(stage.base().name());
    };
  }

  /**
   * The last {@code kind} instruction that applies to {@code stage}: its own, or else its base
   * stage's, and so on down the chain of stages.
   */
  public Optional<Instruction> lastInstruction(Stage stage, Keyword kind) {
    Stage current = stage;
    while (true) {
      List<Instruction> own = current.instructions(kind);
      if (!own.isEmpty()) {
        return Optional.of(own.get(own.size() - 1));
      }
      if (!current.base().isStage()) {
        return Optional.empty();
      }
      current = dockerfile.stages().get(current.base().stageIndex());
    }
  }

  /**
   * Where findings about what {@code stage} runs point: its last ENTRYPOINT, else its last CMD (own
   * or inherited from a base stage), else its FROM.
   */
  public Instruction launchInstruction(Stage stage) {
    return lastInstruction(stage, Keyword.ENTRYPOINT)
        .or(() -> lastInstruction(stage, Keyword.CMD))
        .orElse(stage.from());
  }

  /**
   * The form of the ENTRYPOINT {@code stage} stores, as written by the instruction that set it, or
   * read from the stored array when a known external image set it; empty when the stage has no
   * ENTRYPOINT or it is not known.
   */
  public Optional<CommandForm> entrypointForm(Stage stage) {
    if (!stage.launch().hasEntrypoint()) {
      return Optional.empty();
    }
    Optional<Instruction> setter = lastInstruction(stage, Keyword.ENTRYPOINT);
    if (setter.isPresent()) {
      return Optional.of(setter.get().command().form());
    }
    return Optional.of(stage.launch().entrypointForm());
  }

  /** The shell a shell-form {@code instruction} of {@code stage} is wrapped in. */
  public List<String> shellAt(Stage stage, Instruction instruction) {
    List<String> shell =
        stage.base().isStage()
            ? dockerfile.stages().get(stage.base().stageIndex()).config().effectiveShell()
            : CommandForm.DEFAULT_SHELL;
    for (Instruction earlier : stage.instructions()) {
      if (earlier.startLine() >= instruction.startLine()) {
        break;
      }
      if (earlier.is(Keyword.SHELL)) {
        shell = earlier.command().exec();
      }
    }
    return shell;
  }

  @Override
  public String toString() {
    return path + ": " + dockerfile;
  }
}
