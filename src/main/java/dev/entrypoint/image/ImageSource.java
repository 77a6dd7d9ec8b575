package dev.entrypoint.image;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.ShownPath;
import dev.entrypoint.launch.EngineKind;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an image to read is, as a user writes it: {@code tar://PATH} or a path ending in {@code
 * .tar} (a {@code docker save} or OCI tarball), {@code docker://NAME} (the local Docker engine),
 * {@code podman://NAME} (local Podman storage), or a registry reference, {@code registry://REF} or
 * a bare {@code REF} such as {@code localhost:5000/team/app:1.0}.
 */
public final class ImageSource {

  /** The kinds of place an image is read from. */
  public enum Kind {
    TAR("tar://"),
    DOCKER("docker://"),
    PODMAN("podman://"),
    REGISTRY("registry://");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** How a value of this kind starts, such as {@code docker://}. */
    public String prefix() {
      return prefix;
    }
  }

  private static final String FORMS =
      "write tar://PATH or a path ending in .tar (an image tarball; relative to the project), docker://NAME"
          + " (the Docker engine), podman://NAME (Podman's storage), or a registry reference such as"
          + " localhost:5000/team/app:1.0 (or registry://REF)";
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

  private final Kind kind;
  private final String reference;

  private ImageSource(Kind kind, String reference) {
    this.kind = kind;
    this.reference = reference;
  }

  /**
   * Reads what a user wrote in {@code element} (such as {@code -Dentrypoint.image}); relative
   * tarball paths are taken from {@code baseDir}.
   *
   * @throws ConfigurationException when the value is none of the accepted forms, naming them
   */
  public static ImageSource parse(String value, Path baseDir, String element) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.isEmpty()) {
      throw new ConfigurationException(element + " is empty: " + FORMS + ".");
    }
    for (Kind kind : Kind.values()) {
      if (trimmed.regionMatches(true, 0, kind.prefix(), 0, kind.prefix().length())) {
        String rest = trimmed.substring(kind.prefix().length()).strip();
        if (rest.isEmpty()) {
          throw new ConfigurationException(
              element + " is '" + trimmed + "', which names no image: " + FORMS + ".");
        }
        return of(kind, rest, baseDir, element);
      }
    }
    if (SCHEME.matcher(trimmed).matches()) {
      throw new ConfigurationException(
          element
              + " is '"
              + trimmed
              + "', whose scheme "
              + trimmed.substring(0, trimmed.indexOf("://") + 3)
              + " is not one this plugin reads: "
              + FORMS
              + ".");
    }
    boolean path =
        trimmed.toLowerCase(Locale.ROOT).endsWith(".tar")
            || trimmed.startsWith("/")
            || trimmed.startsWith("./")
            || trimmed.startsWith("../");
    return of(path ? Kind.TAR : Kind.REGISTRY, trimmed, baseDir, element);
  }

  /** An image tarball. */
  public static ImageSource tar(Path path) {
    return new ImageSource(Kind.TAR, path.toAbsolutePath().normalize().toString());
  }

  /** An image in the local Docker engine, by name, name:tag or id. */
  public static ImageSource docker(String name) {
    return new ImageSource(Kind.DOCKER, requireName(name));
  }

  /** An image in the local Podman storage, by name, name:tag or id. */
  public static ImageSource podman(String name) {
    return new ImageSource(Kind.PODMAN, requireName(name));
  }

  /**
   * An image in a registry, such as {@code localhost:5000/team/app:1.0}.
   *
   * @throws IllegalArgumentException when it is not an image reference
   */
  public static ImageSource registry(String reference) {
    try {
      ImageReference.parse(reference);
    } catch (InvalidImageReferenceException e) {
      throw new IllegalArgumentException("not an image reference: " + reference, e);
    }
    return new ImageSource(Kind.REGISTRY, reference);
  }

  private static ImageSource of(Kind kind, String rest, Path baseDir, String element) {
    switch (kind) {
      case TAR -> {
        return tar(baseDir.resolve(rest));
      }
      case DOCKER -> {
        return docker(rest);
      }
      case PODMAN -> {
        return podman(rest);
      }
      default -> {
        try {
          return registry(rest);
        } catch (IllegalArgumentException e) {
          throw new ConfigurationException(
              element
                  + " is '"
                  + rest
                  + "', which is not an image reference ([registry/]name[:tag][@digest]"
                  + " in lower case): "
                  + FORMS
                  + ".");
        }
      }
    }
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an image name is needed");
    }
    return name.strip();
  }

  /** Where the image is. */
  public Kind kind() {
    return kind;
  }

  /**
   * The image's name for {@link Kind#DOCKER} and {@link Kind#PODMAN}, its reference for {@link
   * Kind#REGISTRY}, the tarball's absolute path for {@link Kind#TAR}.
   */
  public String reference() {
    return reference;
  }

  /**
   * The engine whose storage holds the image, for the {@code docker://} and {@code podman://}
   * kinds.
   */
  public Optional<EngineKind> engine() {
    return switch (kind) {
      case DOCKER -> Optional.of(EngineKind.DOCKER);
      case PODMAN -> Optional.of(EngineKind.PODMAN);
      default -> Optional.empty();
    };
  }

  /**
   * The tarball of a {@link Kind#TAR} source.
   *
   * @throws IllegalStateException for other kinds
   */
  public Path tarPath() {
    if (kind != Kind.TAR) {
      throw new IllegalStateException(this + " is not a tarball");
    }
    return Path.of(reference);
  }

  /**
   * The source as a log shows it: a tarball under {@code baseDir} by its path relative to it
   * ({@code target/entrypoint/image.tar}), anything else as {@link #toString}.
   */
  public String shown(Path baseDir) {
    return kind == Kind.TAR ? ShownPath.of(baseDir, tarPath()) : toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageSource that
        && kind == that.kind
        && reference.equals(that.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, reference);
  }

  /**
   * The source as a user writes it: {@code tar:///abs/image.tar}, {@code docker://app:1}, or the
   * bare reference.
   */
  @Override
  public String toString() {
    return kind == Kind.REGISTRY ? reference : kind.prefix() + reference;
  }
}
