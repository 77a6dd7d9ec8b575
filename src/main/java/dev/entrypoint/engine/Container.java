package dev.entrypoint.engine;

import java.util.Objects;

/** A container an engine created: its id, and the name it was given. */
public final class Container {

  private final String id;
  private final String name;

  /** A handle on the container with this id and name. */
  public Container(String id, String name) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The engine's id for the container. */
  public String id() {
    return id;
  }

  /** The container's name. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Container that && id.equals(that.id) && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name);
  }

  @Override
  public String toString() {
    return name + " (" + id.substring(0, Math.min(12, id.length())) + ")";
  }
}
