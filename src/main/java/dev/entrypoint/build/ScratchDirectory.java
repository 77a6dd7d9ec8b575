package dev.entrypoint.build;

import dev.entrypoint.TemporaryPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary directory that is deleted, with everything in it, when closed, or by {@link
 * TemporaryPaths} when the build is interrupted first.
 */
final class ScratchDirectory implements AutoCloseable {

  private final Path path;

  private ScratchDirectory(Path path) {
    this.path = path;
  }

  /** A new directory in {@code parent}, which is created when missing. */
  static ScratchDirectory in(Path parent, String prefix) throws IOException {
    return new ScratchDirectory(
        TemporaryPaths.register(
            Files.createTempDirectory(Files.createDirectories(parent), prefix)));
  }

  Path path() {
    return path;
  }

  /** Deletes the directory and everything in it; also at exit, if the build is interrupted. */
  @Override
  public void close() throws IOException {
    TemporaryPaths.delete(path);
  }
}
