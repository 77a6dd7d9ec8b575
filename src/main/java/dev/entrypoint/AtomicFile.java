package dev.entrypoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes outputs so that a reader never sees half of one: the content goes to a temporary file in
 * the same directory, which then replaces the target in one rename. An interrupted build leaves the
 * previous file, or none, never a truncated one.
 */
public final class AtomicFile {

  private AtomicFile() {}

  /**
   * Writes {@code content} to {@code target} atomically; a failure names the file and says that the
   * previous one is as it was.
   */
  public static void write(Path target, byte[] content) throws IOException {
    try {
      Path temporary = temporarySibling(target);
      try {
        Files.write(temporary, content);
        replace(temporary, target);
      } finally {
        TemporaryPaths.delete(temporary);
      }
    } catch (IOException e) {
      throw new IOException(
          "Could not write "
              + target
              + ", which is as it was before this build: "
              + e.getMessage()
              + (String.valueOf(e.getMessage()).contains("No space left on device")
                  ? ". The disk is full: free space there, or move the outputs with"
                      + " -Dentrypoint.outputDirectory."
                  : ""),
          e);
    }
  }

  /** Writes {@code content} as UTF-8 to {@code target} atomically. */
  public static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A new, empty temporary file beside {@code target}, to be written and then {@link #replace}d (an
   * interrupted build deletes it: {@link TemporaryPaths}). It is created as any new file is, with
   * the permissions the umask gives, not the owner-only ones of {@link Files#createTempFile}: the
   * output must be as readable as the rest of {@code target/}.
   */
  public static Path temporarySibling(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    while (true) {
      String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      try {
        return TemporaryPaths.register(
            Files.createFile(dir.resolve("." + target.getFileName() + "." + suffix + ".tmp")));
      } catch (FileAlreadyExistsException taken) {
        // another writer's temporary file: draw another name
      }
    }
  }

  /** Moves a finished temporary file over {@code target} in one step. */
  public static void replace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    TemporaryPaths.forget(temporary);
  }
}
