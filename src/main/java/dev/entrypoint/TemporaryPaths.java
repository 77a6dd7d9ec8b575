package dev.entrypoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary files and directories that must not outlive the build. An interrupted build (Ctrl-C,
 * SIGTERM) never runs the {@code finally} blocks of its threads, so a JVM shutdown hook deletes
 * every path still {@linkplain #register registered} when the JVM exits; a path is {@linkplain
 * #delete deleted} or {@linkplain #forget forgotten} (moved into place) when its work is done.
 */
public final class TemporaryPaths {

  private static final Set<Path> REGISTERED = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(TemporaryPaths::deleteRegistered, "entrypoint-temporary-files"));
  }

  private TemporaryPaths() {}

  /** Deletes {@code path}, a file or a directory tree, at exit unless it is dealt with before. */
  public static Path register(Path path) {
    REGISTERED.add(path.toAbsolutePath());
    return path;
  }

  /** Deletes {@code path}, a file or a directory tree, now; one that is gone is fine. */
  public static void delete(Path path) throws IOException {
    deleteTree(path);
    REGISTERED.remove(path.toAbsolutePath());
  }

  /** {@code path} was moved into place: it is no longer deleted at exit. */
  public static void forget(Path path) {
    REGISTERED.remove(path.toAbsolutePath());
  }

  private static void deleteRegistered() {
    for (Path path : REGISTERED) {
      try {
        deleteTree(path);
      } catch (IOException e) {
        System.err.println("[WARNING] could not delete the temporary " + path + ": " + e);
      }
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    }
  }
}
