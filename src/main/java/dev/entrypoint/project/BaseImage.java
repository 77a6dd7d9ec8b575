package dev.entrypoint.project;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.image.ImageSource;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an image's base comes from, as written in {@code <from><image>}: {@code jlink} (a runtime
 * linked from the JDK that runs Maven), {@code scratch} (nothing), or an existing image: a registry
 * reference, {@code docker://NAME} (the local Docker daemon) or {@code tar://PATH} (a {@code docker
 * save} or OCI tarball).
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

  private static final String ELEMENT = "<from><image>";

  private final Kind kind;
  private final ImageSource source;

  private BaseImage(Kind kind, ImageSource source) {
    this.kind = kind;
    this.source = source;
  }

  /**
   * Reads a {@code <from><image>} value; relative {@code tar://} paths are resolved against {@code
   * projectDir}.
   */
  public static BaseImage parse(String value, Path projectDir) {
    String trimmed = value == null ? "" : value.trim();
    if (trimmed.isEmpty()) {
      throw new ConfigurationException(
          ELEMENT
              + " is empty: name a base image (a registry reference such as"
              + " eclipse-temurin:21-jre, docker://NAME, tar://PATH), or use 'jlink' for a runtime"
              + " linked from this JDK, or 'scratch'.");
    }
    if (trimmed.equals("jlink")) {
      return new BaseImage(Kind.JLINK, null);
    }
    if (trimmed.equals("scratch")) {
      return new BaseImage(Kind.SCRATCH, null);
    }
    ImageSource source = ImageSource.parse(trimmed, projectDir, ELEMENT);
    return switch (source.kind()) {
      case TAR -> new BaseImage(Kind.TAR, source);
      case DOCKER -> new BaseImage(Kind.DOCKER, source);
      case REGISTRY -> new BaseImage(Kind.REGISTRY, source);
      case PODMAN ->
          throw new ConfigurationException(
              ELEMENT
                  + " is "
                  + source
                  + ", but Jib cannot read a base from Podman's storage. Save it"
                  + " first (podman save -o base.tar "
                  + source.reference()
                  + ") and use tar://base.tar.");
    };
  }

  /** What kind of base this is. */
  public Kind kind() {
    return kind;
  }

  /** The existing image this base is, for the registry, Docker and tar kinds. */
  public ImageSource source() {
    if (source == null) {
      throw new IllegalStateException(kind + " is not an existing image");
    }
    return source;
  }

  /** The image reference (registry, Docker) or absolute tarball path (tar). */
  public String reference() {
    return source == null ? kind.name().toLowerCase(java.util.Locale.ROOT) : source.reference();
  }

  /** The tarball of a {@link Kind#TAR} base. */
  public Path tarPath() {
    return source().tarPath();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BaseImage that
        && kind == that.kind
        && Objects.equals(source, that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, source);
  }

  @Override
  public String toString() {
    return source == null ? reference() : source.toString();
  }
}
