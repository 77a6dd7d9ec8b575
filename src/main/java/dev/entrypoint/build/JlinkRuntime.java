package dev.entrypoint.build;

import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
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

  /** The way out when the jlink base cannot be made: a base image that brings its own Java. */
  static final String JRE_BASES =
      "<from><image>eclipse-temurin:21-jre</image> from a registry, docker://NAME for an image in"
          + " the local Docker daemon, or tar://PATH for a saved one";

  private JlinkRuntime() {}

  /**
   * The directory of a runtime with {@code modules}, linked now or found in {@code cacheDir};
   * {@code source} says where the module list came from, for messages.
   */
  static Path link(Set<String> modules, String source, Path cacheDir, BuildLog log)
      throws IOException {
    Path javaHome = Path.of(System.getProperty("java.home"));
    Path runtime = cacheDir.resolve("jlink").resolve(key(javaHome, modules));
    if (Files.isRegularFile(runtime.resolve("release"))) {
      log.debug("Reusing the linked runtime " + runtime);
      return runtime;
    }
    Path jlink = javaHome.resolve("bin").resolve("jlink");
    if (!Files.isExecutable(jlink)) {
      throw new ConfigurationException(
          "Linking the Java runtime of the jlink base: the Java running Maven ("
              + javaHome
              + ") has no jlink, so it is a JRE and cannot link one. Run Maven on a full JDK"
              + " (JAVA_HOME), or take the runtime from a JRE base image instead: "
              + JRE_BASES
              + ".");
    }
    log.debug("Linking a Java runtime with " + String.join(",", modules) + " from " + javaHome);
    try (ScratchDirectory staging = ScratchDirectory.in(runtime.getParent(), "linking-")) {
      Path output = staging.path().resolve("runtime");
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
            "Linking the Java runtime of the jlink base: jlink could not link "
                + String.join(",", modules)
                + " ("
                + source
                + ") from "
                + javaHome
                + ": "
                + (linked.stdout() + linked.stderr()).strip()
                + "\nList the modules yourself in <from><modules> (the names 'java --list-modules'"
                + " prints), or take the runtime from a JRE base image instead: "
                + JRE_BASES
                + ".");
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
      throw new IOException(
          "Linking the Java runtime of the jlink base: jlink did not finish ("
              + e.getMessage()
              + "). Try again, or take the runtime from a JRE base image instead: "
              + JRE_BASES
              + ".",
          e);
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
