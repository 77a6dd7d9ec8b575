package dev.entrypoint.orchestrator;

import java.util.Objects;

/**
 * Where a setting is written: the file, as findings name it, and the line of its key (0 when not
 * known).
 */
public record SourceLine(String path, int line) {

  public SourceLine {
    Objects.requireNonNull(path, "path");
  }

  @Override
  public String toString() {
    return line > 0 ? path + ":" + line : path;
  }
}
