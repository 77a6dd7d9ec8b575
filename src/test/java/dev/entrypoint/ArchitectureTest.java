package dev.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages import only what docs/architecture.md allows: a plain-Java core in layers, the Maven
 * layer on top, and no cycle. A new import across packages changes this table on purpose.
 */
class ArchitectureTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/entrypoint");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?dev\\.entrypoint\\.([a-z]+)\\.", Pattern.MULTILINE);

  /** Each package and the packages it may import (the root package is open to all). */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("launch", Set.of()),
          Map.entry("process", Set.of("launch")),
          Map.entry("engine", Set.of("launch", "process")),
          Map.entry("jib", Set.of()),
          Map.entry("image", Set.of("launch", "process", "engine", "jib")),
          Map.entry("dockerfile", Set.of("launch")),
          Map.entry("project", Set.of("launch", "image")),
          Map.entry("explain", Set.of("launch", "image", "dockerfile")),
          Map.entry("orchestrator", Set.of("launch", "image", "explain")),
          Map.entry("policy", Set.of("launch", "image", "dockerfile", "project", "orchestrator")),
          Map.entry("verify", Set.of("launch", "engine", "image")),
          Map.entry("build", Set.of("launch", "process", "engine", "jib", "image", "project")),
          Map.entry(
              "maven",
              Set.of(
                  "launch",
                  "process",
                  "engine",
                  "image",
                  "dockerfile",
                  "project",
                  "explain",
                  "orchestrator",
                  "policy",
                  "verify",
                  "build")));

  @Test
  void everyPackageImportsOnlyTheLayersBelowIt() throws IOException {
    Map<String, Set<String>> found = imports();

    assertThat(found.keySet())
        .as("every package has a row in the table")
        .isEqualTo(ALLOWED.keySet());
    found.forEach(
        (pkg, imported) ->
            assertThat(imported).as("what %s imports", pkg).isSubsetOf(ALLOWED.get(pkg)));
  }

  @Test
  void theRootPackageImportsNoOtherPackage() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        assertThat(IMPORT.matcher(Files.readString(file)).find()).as("%s", file).isFalse();
      }
    }
  }

  private static Map<String, Set<String>> imports() throws IOException {
    Map<String, Set<String>> imports = new TreeMap<>();
    try (Stream<Path> packages = Files.list(SOURCES)) {
      for (Path dir : packages.filter(Files::isDirectory).toList()) {
        String pkg = dir.getFileName().toString();
        Set<String> imported = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            while (matcher.find()) {
              if (!matcher.group(1).equals(pkg)) {
                imported.add(matcher.group(1));
              }
            }
          }
        }
        imports.put(pkg, imported);
      }
    }
    return imports;
  }
}
