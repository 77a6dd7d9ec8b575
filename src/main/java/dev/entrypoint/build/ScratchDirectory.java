package dev.entrypoint.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory that is deleted, with everything in it, when closed. */
final class ScratchDirectory implements AutoCloseable {

  private final Path path;

  private ScratchDirectory(Path path) {
    this.path = path;
  }

  /** A new directory in {@code parent}, which is created when missing. */
  static ScratchDirectory in(Path parent, String prefix) throws IOException {
    return new ScratchDirectory(Files.createTempDirectory(Files.createDirectories(parent), prefix));
  }

  Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path file : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
