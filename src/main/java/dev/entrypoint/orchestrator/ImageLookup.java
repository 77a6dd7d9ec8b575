package dev.entrypoint.orchestrator;

import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.explain.ExplainedSource;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.image.ImageReadException;
import dev.entrypoint.image.ImageReader;
import dev.entrypoint.image.ImageSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the image a Compose service or Kubernetes container names the way the orchestrator would on
 * a developer's machine, and reads its ENTRYPOINT and CMD: the project's own image when the name is
 * the build's {@code <to><image>} or one of its tags; else the local Docker engine's image, then
 * Podman's (Compose uses a local image first, and so does a local cluster whose pull policy is
 * {@code IfNotPresent} or {@code Never}); else the registry. A pull policy of {@code always} reads
 * the registry first, {@code never} never reads it. An image given to {@code explain} with {@code
 * -Dentrypoint.image} stands for every image. Each reference is looked up once.
 */
public final class ImageLookup {

  /** When an orchestrator reads the registry. */
  public enum Pull {
    /** Local images first, then the registry (Compose's default; Kubernetes' IfNotPresent). */
    IF_NOT_PRESENT,
    /** The registry first (Compose's {@code pull_policy: always}, Kubernetes' Always). */
    ALWAYS,
    /** Local images only. */
    NEVER
  }

  /** Reads an image's config; the real one opens an {@link ImageReader}. */
  @FunctionalInterface
  public interface ConfigReader {

    /**
     * The config of {@code source}.
     *
     * @throws ConfigurationException when the image is not there
     * @throws ImageReadException when the place could not be read (no engine, no network)
     */
    ImageConfig read(ImageSource source) throws ImageReadException;

    /** Reads images with {@link ImageReader}, each through the access {@code access} gives it. */
    static ConfigReader of(Function<ImageSource, ImageAccess> access, BuildLog log) {
      return source -> {
        try (ImageReader reader = ImageReader.open(source, access.apply(source), log)) {
          return reader.config();
        }
      };
    }
  }

  private final ProjectImage project;
  private final ImageSource override;
  private final ConfigReader reader;
  private final BuildLog log;
  private final Map<String, FoundImage> found = new HashMap<>();

  private ImageLookup(
      ProjectImage project, ImageSource override, ConfigReader reader, BuildLog log) {
    this.project = project;
    this.override = override;
    this.reader = reader;
    this.log = log;
  }

  /**
   * A lookup that knows the project's image ({@code null} outside a project) and, when {@code
   * override} is not null, reads that image for every reference.
   */
  public static ImageLookup of(
      ProjectImage project, ImageSource override, ConfigReader reader, BuildLog log) {
    return new ImageLookup(project, override, reader, log);
  }

  /**
   * The image {@code reference} names, found as an orchestrator pulling with {@code pull} would.
   */
  public synchronized FoundImage find(String reference, Pull pull) {
    return found.computeIfAbsent(pull + " " + reference, key -> lookUp(reference, pull));
  }

  /**
   * The image Compose builds from {@code build}: the Dockerfile's stage, as {@code explain
   * -Dentrypoint.dockerfile} reads it.
   */
  public FoundImage dockerfile(String reference, ComposeService.Build build) {
    if (override != null) {
      return find(reference, Pull.NEVER);
    }
    try {
      ExplainedSource source = ExplainedSource.dockerfile(build.dockerfile(), build.target());
      FoundImage image =
          new FoundImage(
              reference,
              source.description(),
              source.launch(),
              source.notes().isEmpty(),
              null,
              List.of());
      return image.withNotes(source.notes());
    } catch (ConfigurationException | IOException e) {
      return FoundImage.missing(
          reference, "the Dockerfile Compose would build from cannot be read: " + e.getMessage());
    }
  }

  private FoundImage lookUp(String reference, Pull pull) {
    if (override != null) {
      Attempt given =
          read(reference, override, "the image given with -Dentrypoint.image, " + override);
      if (given.image == null) {
        throw new ConfigurationException(
            "-Dentrypoint.image=" + override + " cannot be read: " + given.failure);
      }
      return given.image;
    }
    if (reference.isBlank()) {
      return FoundImage.missing(reference, "the image name is empty");
    }
    List<String> notes = new ArrayList<>();
    if (project != null && project.isNamed(reference)) {
      if (project.declaredLaunch().isPresent()) {
        return FoundImage.found(
            reference,
            "the project's image as the pom declares it (" + project.description() + ")",
            project.declaredLaunch().get());
      }
      if (project.builtImage().isPresent()) {
        Attempt built =
            read(
                reference,
                project.builtImage().get(),
                "the project's image, " + project.description());
        if (built.image != null) {
          return built.image;
        }
        notes.add(
            "the name is the project's image, but "
                + project.description()
                + " cannot be read ("
                + built.failure
                + "), so it is looked up like any other image");
      }
    }
    List<ImageSource> places = new ArrayList<>();
    if (pull == Pull.ALWAYS) {
      registry(reference).ifPresent(places::add);
    }
    places.add(ImageSource.docker(reference));
    places.add(ImageSource.podman(reference));
    if (pull == Pull.IF_NOT_PRESENT) {
      registry(reference).ifPresent(places::add);
    }
    List<String> failures = new ArrayList<>();
    for (ImageSource place : places) {
      Attempt attempt = read(reference, place, describe(place));
      if (attempt.image != null) {
        return attempt.image.withNotes(notes);
      }
      failures.add(
          attempt.failure.startsWith(place.toString())
              ? attempt.failure
              : place + ": " + attempt.failure);
    }
    return FoundImage.missing(
            reference,
            "the image "
                + reference
                + " was not found: "
                + String.join("; ", failures)
                + ". Build, pull or load it, or give the image to explain with"
                + " -Dentrypoint.image=docker://NAME, podman://NAME or tar://PATH")
        .withNotes(notes);
  }

  private static Optional<ImageSource> registry(String reference) {
    try {
      return Optional.of(ImageSource.registry(reference));
    } catch (IllegalArgumentException notAReference) {
      return Optional.empty();
    }
  }

  private static String describe(ImageSource place) {
    return switch (place.kind()) {
      case DOCKER -> "the Docker engine's local image, " + place;
      case PODMAN -> "Podman's local image, " + place;
      case REGISTRY -> "the registry, " + place.reference();
      case TAR -> "the image tarball " + place.reference();
    };
  }

  /** The outcome of reading one place: the image, or why not. */
  private record Attempt(FoundImage image, String failure) {}

  private Attempt read(String reference, ImageSource place, String origin) {
    try {
      ImageConfig config = reader.read(place);
      log.debug("image " + reference + ": read from " + place);
      return new Attempt(FoundImage.found(reference, origin, config.launch()), null);
    } catch (ConfigurationException | ImageReadException e) {
      log.debug("image " + reference + ": not read from " + place + ": " + e.getMessage());
      return new Attempt(null, firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown failure";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
