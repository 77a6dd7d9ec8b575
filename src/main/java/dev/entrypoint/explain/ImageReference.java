package dev.entrypoint.explain;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.EngineKind;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an image is, as a user writes it in {@code -Dentrypoint.image}: {@code tar://PATH} (an image
 * tarball, relative to the project), {@code docker://NAME} or {@code podman://NAME} (an image the
 * local engine has), or else a registry reference such as {@code eclipse-temurin:21-jre}.
 */
public final class ImageReference {

  /** The four places an image can be. */
  public enum Kind {
    TAR,
    DOCKER,
    PODMAN,
    REGISTRY
  }

  private final Kind kind;
  private final String name;
  private final Path path;

  private ImageReference(Kind kind, String name, Path path) {
    this.kind = kind;
    this.name = name;
    this.path = path;
  }

  /**
   * Reads {@code text}; a {@code tar://} path is resolved against {@code baseDir}.
   *
   * @param setting the property or pom element the text came from, for error messages
   * @throws ConfigurationException when the text is empty or names a scheme this plugin does not read
   */
  public static ImageReference parse(String text, Path baseDir, String setting) {
    String value = text == null ? "" : text.strip();
    int scheme = value.indexOf("://");
    String rest = scheme < 0 ? value : value.substring(scheme + 3);
    if (value.isEmpty() || (scheme >= 0 && rest.isEmpty())) {
      throw new ConfigurationException(setting + " is empty: give tar://PATH, docker://NAME, podman://NAME"
          + " or a registry reference such as eclipse-temurin:21-jre.");
    }
    if (scheme < 0) {
      return new ImageReference(Kind.REGISTRY, value, null);
    }
    return switch (value.substring(0, scheme)) {
      case "tar" -> new ImageReference(Kind.TAR, null, baseDir.resolve(rest).normalize());
      case "docker" -> new ImageReference(Kind.DOCKER, rest, null);
      case "podman" -> new ImageReference(Kind.PODMAN, rest, null);
      default -> throw new ConfigurationException(setting + " is '" + value + "', whose scheme '"
          + value.substring(0, scheme) + "://' is not one this plugin reads: use tar://PATH (an image"
          + " tarball), docker://NAME or podman://NAME (an image the local engine has), or a registry"
          + " reference without a scheme.");
    };
  }

  /** An image tarball. */
  public static ImageReference tarball(Path path) {
    return new ImageReference(Kind.TAR, null, Objects.requireNonNull(path, "path"));
  }

  /** Where the image is. */
  public Kind kind() {
    return kind;
  }

  /** The image's name for {@link Kind#DOCKER}, {@link Kind#PODMAN} and {@link Kind#REGISTRY}; else null. */
  public String name() {
    return name;
  }

  /** The tarball's path for {@link Kind#TAR}; else null. */
  public Path path() {
    return path;
  }

  /** The engine that holds the image, for {@code docker://} and {@code podman://}. */
  public Optional<EngineKind> engine() {
    return switch (kind) {
      case DOCKER -> Optional.of(EngineKind.DOCKER);
      case PODMAN -> Optional.of(EngineKind.PODMAN);
      default -> Optional.empty();
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageReference that
        && kind == that.kind
        && Objects.equals(name, that.name)
        && Objects.equals(path, that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, path);
  }

  /** The reference as a user writes it: {@code tar:///abs/image.tar}, {@code docker://NAME}, or the name. */
  @Override
  public String toString() {
    return switch (kind) {
      case TAR -> "tar://" + path;
      case DOCKER -> "docker://" + name;
      case PODMAN -> "podman://" + name;
      case REGISTRY -> name;
    };
  }
}
