package dev.entrypoint.policy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the Dockerfiles and Containerfiles under a directory: by default files named {@code
 * Dockerfile}, {@code *.Dockerfile}, {@code Dockerfile.*}, {@code Containerfile} or {@code
 * Containerfile.*} (but not {@code *.dockerignore}), skipping {@code target}, {@code node_modules}
 * and {@code .git}. Patterns are globs against the path relative to the directory; a pattern
 * without {@code /} matches a file name anywhere.
 */
public final class DockerfileDiscovery {

  /** The default includes. */
  public static final List<String> DEFAULT_INCLUDES =
      List.of("Dockerfile", "*.Dockerfile", "Dockerfile.*", "Containerfile", "Containerfile.*");

  /** What is always excluded on top of the configured excludes. */
  public static final List<String> DEFAULT_EXCLUDES = List.of("*.dockerignore");

  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules", ".git");

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final boolean skipNestedProjects;

  private DockerfileDiscovery(
      List<String> includes, List<String> excludes, boolean skipNestedProjects) {
    this.includes = matchers(includes.isEmpty() ? DEFAULT_INCLUDES : includes, "<includes>");
    List<String> allExcludes = new ArrayList<>(DEFAULT_EXCLUDES);
    allExcludes.addAll(excludes);
    this.excludes = matchers(allExcludes, "<excludes>");
    this.skipNestedProjects = skipNestedProjects;
  }

  /**
   * Finds files matching {@code includes} (the defaults when empty) and none of {@code excludes}; a
   * pattern that is not a glob is a {@link dev.entrypoint.ConfigurationException}. With {@code
   * skipNestedProjects}, a directory holding its own {@code pom.xml} below the root is left to that
   * project, so each Dockerfile of a multi-module build belongs to one module.
   */
  public static DockerfileDiscovery of(
      List<String> includes, List<String> excludes, boolean skipNestedProjects) {
    return new DockerfileDiscovery(includes, excludes, skipNestedProjects);
  }

  /**
   * What a search found: the matching files, sorted, and the paths it could not read, whose
   * Dockerfiles went unchecked.
   */
  public record Found(List<Path> files, List<Unreadable> unreadable) {

    public Found {
      files = List.copyOf(files);
      unreadable = List.copyOf(unreadable);
    }
  }

  /** A file or directory the search could not read, and why, as {@code permission denied}. */
  public record Unreadable(Path path, String reason) {

    public Unreadable {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The matching files under {@code root} (or {@code root} itself, when it is a file), and the
   * paths below it that could not be read.
   */
  public Found find(Path root) throws IOException {
    if (Files.isRegularFile(root)) {
      return new Found(List.of(root), List.of());
    }
    List<Path> found = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return new Found(found, unreadable);
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            boolean nested = skipNestedProjects && Files.isRegularFile(dir.resolve("pom.xml"));
            return SKIPPED_DIRECTORIES.contains(dir.getFileName().toString()) || nested
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            Path relative = root.relativize(file);
            if (attributes.isRegularFile()
                && matches(includes, relative)
                && !matches(excludes, relative)) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException failure) {
            unreadable.add(new Unreadable(file, reason(failure)));
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(null);
    return new Found(found, unreadable);
  }

  private static String reason(IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return failure.toString();
  }

  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    Path name = relative.getFileName();
    for (PathMatcher matcher : matchers) {
      if (matcher.matches(relative) || matcher.matches(name)) {
        return true;
      }
    }
    return false;
  }

  private static List<PathMatcher> matchers(List<String> patterns, String element) {
    return patterns.stream()
        .map(String::strip)
        .filter(pattern -> !pattern.isEmpty())
        .map(pattern -> Glob.matcher(pattern, element))
        .toList();
  }
}
