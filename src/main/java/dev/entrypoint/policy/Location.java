package dev.entrypoint.policy;

import java.util.Objects;

/**
 * Where a finding is: a file (a Dockerfile, a pom, an image tarball) as a path relative to the
 * directory the build ran from, with {@code /} separators, and a 1-based line and column when they
 * are known (0 when not).
 */
public record Location(String path, int line, int column) {

  public Location {
    Objects.requireNonNull(path, "path");
  }

  /** The whole file. */
  public static Location of(String path) {
    return new Location(path, 0, 0);
  }

  /** A line of the file. */
  public Location atLine(int newLine) {
    return new Location(path, newLine, 0);
  }

  /** A line and column of the file. */
  public Location at(int newLine, int newColumn) {
    return new Location(path, newLine, newColumn);
  }

  /** {@code Dockerfile:9}, or the path alone when the line is not known. */
  @Override
  public String toString() {
    return line > 0 ? path + ":" + line : path;
  }
}
