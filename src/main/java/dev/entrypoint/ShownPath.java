package dev.entrypoint;

import java.nio.file.Path;

/** A file as the log and the reports show it: short where it is under the project, else in full. */
public final class ShownPath {

  private ShownPath() {}

  /**
   * {@code file} relative to {@code base} when it lies under it, else absolute; with {@code /}
   * between names on every system.
   */
  public static String of(Path base, Path file) {
    Path root = base.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
