package dev.entrypoint.build;

import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.TemporaryPaths;
import dev.entrypoint.process.Command;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.CommandRunner;
import dev.entrypoint.process.ProcessCommandRunner;
import dev.entrypoint.process.ProcessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Java runtime linked with {@code jlink} from the JDK that runs Maven, holding only the given
 * modules. Runtimes are cached by JDK and module set, so a second build links nothing.
 */
final class JlinkRuntime {

  private static final List<String> OPTIONS =
      List.of("--strip-debug", "--no-header-files", "--no-man-pages");
  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final CommandRunner PROCESSES = new ProcessCommandRunner();

  private JlinkRuntime() {}

  /** The directory of a runtime with {@code modules}, linked now or found in {@code cacheDir}. */
  static Path link(Set<String> modules, Path cacheDir, BuildLog log) throws IOException {
    Path javaHome = Path.of(System.getProperty("java.home"));
    Path runtime = cacheDir.resolve("jlink").resolve(key(javaHome, modules));
    if (Files.isRegularFile(runtime.resolve("release"))) {
      log.debug("Reusing the linked runtime " + runtime);
      return runtime;
    }
    Path jlink = javaHome.resolve("bin").resolve("jlink");
    if (!Files.isExecutable(jlink)) {
      throw new ConfigurationException(
          "<from><image>jlink</image> needs jlink, and the Java running Maven ("
              + javaHome
              + ") has none: run Maven on a full JDK (JAVA_HOME), or choose another base image"
              + " (a registry reference, docker://NAME or tar://PATH).");
    }
    log.info("Linking a Java runtime with " + String.join(",", modules) + " from " + javaHome);
    Files.createDirectories(runtime.getParent());
    Path staging =
        TemporaryPaths.register(Files.createTempDirectory(runtime.getParent(), "linking-"));
    try {
      Path output = staging.resolve("runtime");
      List<String> args =
          new ArrayList<>(List.of(jlink.toString(), "--add-modules", String.join(",", modules)));
      Path jmods = javaHome.resolve("jmods");
      if (Files.isDirectory(jmods)) {
        args.addAll(List.of("--module-path", jmods.toString()));
      }
      args.addAll(OPTIONS);
      args.addAll(List.of("--output", output.toString()));
      // A separate process: jlink run twice in one JVM links different bytes, which breaks
      // reproducibility.
      CommandResult linked = PROCESSES.run(new Command(args, Map.of(), TIMEOUT));
      if (!linked.succeeded()
          && (linked.stdout() + linked.stderr()).contains("No space left on device")) {
        throw new IOException(
            "The disk is full (No space left on device): jlink could not link a Java runtime into"
                + " the cache "
                + cacheDir
                + ". Free space there, or move the cache: -Dentrypoint.cacheDirectory.");
      }
      if (!linked.succeeded()) {
        throw new ConfigurationException(
            "jlink could not link "
                + String.join(",", modules)
                + " from "
                + javaHome
                + ": "
                + (linked.stdout() + linked.stderr()).strip()
                + "\nCheck the module names in <from><modules>, or run Maven on a JDK that has jmods.");
      }
      try {
        Files.move(output, runtime, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileSystemException raced) {
        if (!Files.isRegularFile(runtime.resolve("release"))) {
          throw raced;
        }
        log.debug("Another build linked " + runtime + " first");
      }
    } catch (ProcessException e) {
      throw new IOException("jlink did not finish: " + e.getMessage(), e);
    } finally {
      TemporaryPaths.delete(staging);
    }
    return runtime;
  }

  private static String key(Path javaHome, Set<String> modules) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String identity =
          javaHome.toAbsolutePath()
              + "\n"
              + System.getProperty("java.runtime.version")
              + "\n"
              + String.join(",", modules)
              + "\n"
              + String.join(" ", OPTIONS);
      return HexFormat.of()
          .formatHex(sha.digest(identity.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
