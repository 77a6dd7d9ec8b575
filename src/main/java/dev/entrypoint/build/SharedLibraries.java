package dev.entrypoint.build;

import dev.entrypoint.BuildLog;
import dev.entrypoint.process.Command;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.CommandRunner;
import dev.entrypoint.process.ProcessCommandRunner;
import dev.entrypoint.process.ProcessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shared libraries of the build host that a runtime links against, found with {@code ldd}: the
 * C library, the dynamic loader, libz and the like, at the paths the runtime expects them.
 */
final class SharedLibraries {

  /**
   * {@code libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x...)} or {@code
   * /lib64/ld-linux-x86-64.so.2 (0x...)}.
   */
  private static final Pattern RESOLVED =
      Pattern.compile("^\\s*(?:(\\S+) => )?(/\\S+) \\(0x[0-9a-f]+\\)$");

  private static final Pattern NOT_FOUND = Pattern.compile("^\\s*(\\S+) => not found$");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final CommandRunner PROCESSES = new ProcessCommandRunner();

  private SharedLibraries() {}

  /**
   * The absolute paths of the host libraries that {@code runtime}'s executables and libraries need.
   */
  static Set<Path> of(Path runtime, BuildLog log) throws IOException {
    Set<Path> libraries = new TreeSet<>();
    Set<String> runtimeFiles = new TreeSet<>();
    List<Path> elfFiles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(runtime)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              file -> {
                runtimeFiles.add(file.getFileName().toString());
                String name = file.getFileName().toString();
                if (name.endsWith(".so")
                    || file.getParent().getFileName().toString().equals("bin")) {
                  elfFiles.add(file);
                }
              });
    }
    for (Path elf : elfFiles) {
      for (String line : ldd(elf)) {
        Matcher resolved = RESOLVED.matcher(line);
        Matcher notFound = NOT_FOUND.matcher(line);
        if (resolved.matches()) {
          Path library = Path.of(resolved.group(2)).normalize();
          if (!library.startsWith(runtime)) {
            libraries.add(library);
          }
        } else if (notFound.matches() && !runtimeFiles.contains(notFound.group(1))) {
          log.warn(
              "The linked runtime's "
                  + runtime.relativize(elf)
                  + " needs "
                  + notFound.group(1)
                  + ", which this machine does not have; code that loads it will fail in the image.");
        }
      }
    }
    return libraries;
  }

  private static List<String> ldd(Path elf) throws IOException {
    try {
      CommandResult result =
          PROCESSES.run(new Command(List.of("ldd", elf.toString()), Map.of(), TIMEOUT));
      return (result.stdout() + result.stderr()).lines().toList();
    } catch (ProcessException e) {
      throw new IOException(
          "Finding the shared libraries of the jlink base's Java runtime: ldd "
              + elf
              + " failed ("
              + e.getMessage()
              + "). The jlink base needs ldd (Debian's libc-bin) on the build machine; install it,"
              + " or take the runtime from a JRE base image instead: "
              + JlinkRuntime.JRE_BASES
              + ".",
          e);
    }
  }
}
