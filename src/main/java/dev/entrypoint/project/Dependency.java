package dev.entrypoint.project;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A jar on the application's runtime classpath, with the layer it belongs in: released dependencies
 * change least, snapshots more often, modules of the same build most.
 */
public final class Dependency {

  /** The layer a dependency goes in. */
  public enum Kind {
    RELEASE("dependencies"),
    SNAPSHOT("snapshot dependencies"),
    PROJECT("project dependencies");

    private final String layerName;

    Kind(String layerName) {
      this.layerName = layerName;
    }

    /** The name of the layer, as Jib names it. */
    public String layerName() {
      return layerName;
    }
  }

  /**
   * Who a dependency is in its repository, for the rules that leave dependencies out of an image by
   * name, as spring-boot-maven-plugin's do.
   *
   * @param groupId its group
   * @param artifactId its artifact
   * @param classifier its classifier, or {@code null}
   * @param optional whether the project declares it {@code <optional>}
   */
  public record Coordinates(
      String groupId, String artifactId, String classifier, boolean optional) {

    public Coordinates {
      Objects.requireNonNull(groupId, "groupId");
      Objects.requireNonNull(artifactId, "artifactId");
      classifier = classifier == null || classifier.isEmpty() ? null : classifier;
    }

    @Override
    public String toString() {
      return groupId + ":" + artifactId + (classifier == null ? "" : ":" + classifier);
    }
  }

  private final Path jar;
  private final Kind kind;
  private final Coordinates coordinates;

  public Dependency(Path jar, Kind kind) {
    this(jar, kind, null);
  }

  /** A dependency whose coordinates are known; {@code coordinates} may be {@code null}. */
  public Dependency(Path jar, Kind kind, Coordinates coordinates) {
    this.jar = Objects.requireNonNull(jar, "jar");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.coordinates = coordinates;
  }

  /**
   * The jar; a module of the same build that is not packaged yet has its classes directory here.
   */
  public Path jar() {
    return jar;
  }

  /** Which layer it goes in. */
  public Kind kind() {
    return kind;
  }

  /** Its coordinates, when known. */
  public Optional<Coordinates> coordinates() {
    return Optional.ofNullable(coordinates);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dependency that
        && jar.equals(that.jar)
        && kind == that.kind
        && Objects.equals(coordinates, that.coordinates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jar, kind, coordinates);
  }

  @Override
  public String toString() {
    return jar + " (" + kind.layerName() + ")";
  }
}
