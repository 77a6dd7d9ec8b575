package dev.entrypoint.project;

import java.nio.file.Path;
import java.util.Objects;

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

  private final Path jar;
  private final Kind kind;

  public Dependency(Path jar, Kind kind) {
    this.jar = Objects.requireNonNull(jar, "jar");
    this.kind = Objects.requireNonNull(kind, "kind");
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Dependency that && jar.equals(that.jar) && kind == that.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(jar, kind);
  }

  @Override
  public String toString() {
    return jar + " (" + kind.layerName() + ")";
  }
}
