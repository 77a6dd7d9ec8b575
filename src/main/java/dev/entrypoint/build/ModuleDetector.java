package dev.entrypoint.build;

import dev.entrypoint.ConfigurationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

/**
 * Finds the JDK modules an application needs, with {@code jdeps --print-module-deps}, in process.
 */
final class ModuleDetector {

  private ModuleDetector() {}

  /**
   * The modules that the classes in {@code classesDir} and the jars in {@code dependencies} use,
   * always including {@code java.base}.
   */
  static Set<String> detect(Path classesDir, List<Path> dependencies, int release) {
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        "<from><image>jlink</image> needs jdeps to find the modules the application uses, and"
                            + " the Java running Maven has none: run Maven on a JDK, or list the modules in"
                            + " <from><modules>."));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--print-module-deps",
                "--ignore-missing-deps",
                "--multi-release",
                Integer.toString(release)));
    if (!dependencies.isEmpty()) {
      args.add("--class-path");
      args.add(
          dependencies.stream()
              .map(Path::toString)
              .collect(Collectors.joining(java.io.File.pathSeparator)));
    }
    args.add(classesDir.toString());
    dependencies.forEach(jar -> args.add(jar.toString()));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    if (exit != 0) {
      throw new ConfigurationException(
          "jdeps could not work out which JDK modules the application needs: "
              + (err.toString().isBlank() ? out : err).toString().strip()
              + "\nList them yourself in <from><modules>, for example"
              + " <modules>java.base,java.logging,jdk.httpserver</modules>.");
    }
    Set<String> modules = new TreeSet<>(parse(out.toString()));
    modules.add("java.base");
    return modules;
  }

  /** The modules of jdeps' last output line, a comma-separated list. */
  static List<String> parse(String jdepsOutput) {
    String[] lines = jdepsOutput.strip().split("\\R");
    String last = lines[lines.length - 1].strip();
    if (last.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(last.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
