package dev.entrypoint.build;

import dev.entrypoint.ConfigurationException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an image's base comes from, as written in {@code <from><image>}: a registry reference,
 * {@code docker://NAME} (the local Docker daemon), {@code tar://PATH} (a {@code docker save} or OCI
 * tarball), {@code scratch} (nothing), or {@code jlink} (a runtime linked from the JDK that runs Maven).
 */
public final class BaseImage {

  /** The kinds of base image. */
  public enum Kind {
    REGISTRY,
    DOCKER,
    TAR,
    SCRATCH,
    JLINK
  }

  private static final String DOCKER_PREFIX = "docker://";
  private static final String TAR_PREFIX = "tar://";
  private static final String REGISTRY_PREFIX = "registry://";

  private final Kind kind;
  private final String reference;

  private BaseImage(Kind kind, String reference) {
    this.kind = kind;
    this.reference = reference;
  }

  /**
   * Reads a {@code <from><image>} value; relative {@code tar://} paths are resolved against
   * {@code projectDir}.
   */
  public static BaseImage parse(String value, Path projectDir) {
    String trimmed = value == null ? "" : value.trim();
    if (trimmed.isEmpty()) {
      throw new ConfigurationException(
          "<from><image> is empty: name a base image (a registry reference such as"
              + " eclipse-temurin:21-jre, docker://NAME, tar://PATH), or use 'jlink' for a runtime"
              + " linked from this JDK, or 'scratch'.");
    }
    if (trimmed.equals("jlink")) {
      return new BaseImage(Kind.JLINK, trimmed);
    }
    if (trimmed.equals("scratch")) {
      return new BaseImage(Kind.SCRATCH, trimmed);
    }
    if (trimmed.startsWith(DOCKER_PREFIX)) {
      return new BaseImage(Kind.DOCKER, nonEmpty(trimmed.substring(DOCKER_PREFIX.length()), trimmed));
    }
    if (trimmed.startsWith(TAR_PREFIX)) {
      Path path = projectDir.resolve(nonEmpty(trimmed.substring(TAR_PREFIX.length()), trimmed));
      return new BaseImage(Kind.TAR, path.normalize().toString());
    }
    if (trimmed.startsWith(REGISTRY_PREFIX)) {
      return new BaseImage(Kind.REGISTRY, nonEmpty(trimmed.substring(REGISTRY_PREFIX.length()), trimmed));
    }
    return new BaseImage(Kind.REGISTRY, trimmed);
  }

  private static String nonEmpty(String rest, String value) {
    if (rest.isBlank()) {
      throw new ConfigurationException(
          "<from><image> is '" + value + "', which names no image: write docker://NAME:TAG or"
              + " tar://path/to/image.tar.");
    }
    return rest;
  }

  /** What kind of base this is. */
  public Kind kind() {
    return kind;
  }

  /** The image reference (registry, Docker) or absolute tarball path (tar). */
  public String reference() {
    return reference;
  }

  /** The tarball of a {@link Kind#TAR} base. */
  public Path tarPath() {
    return Path.of(reference);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BaseImage that && kind == that.kind && reference.equals(that.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, reference);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DOCKER -> DOCKER_PREFIX + reference;
      case TAR -> TAR_PREFIX + reference;
      default -> reference;
    };
  }
}
