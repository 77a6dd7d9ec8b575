package dev.entrypoint.policy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a project's Compose files and Kubernetes manifests. Compose files anywhere in the project
 * ({@code compose.yaml}, {@code compose.yml}, {@code docker-compose.yaml}, {@code
 * docker-compose.yml} and their variants such as {@code compose.override.yaml} or {@code
 * docker-compose.prod.yml}), grouped by directory: the base file, then each other file of the
 * directory read over it as an override. Kubernetes manifests: {@code *.yaml} and {@code *.yml}
 * under {@code src/main/k8s}, {@code src/main/jkube}, {@code k8s}, {@code kubernetes} and {@code
 * deploy}. Extra globs add files (a name starting with {@code compose} or {@code docker-compose} is
 * a Compose file, any other a manifest); excludes leave files out. The search is {@link
 * DockerfileDiscovery}'s, which skips {@code target}, {@code node_modules}, {@code .git} and nested
 * projects.
 */
public final class OrchestratorDiscovery {

  /** The Compose files found by default. */
  public static final List<String> COMPOSE_INCLUDES =
      List.of("{compose,docker-compose}.{yaml,yml}", "{compose,docker-compose}.*.{yaml,yml}");

  /** The Kubernetes manifests found by default. */
  public static final List<String> MANIFEST_INCLUDES =
      List.of("{src/main/k8s,src/main/jkube,k8s,kubernetes,deploy}/**.{yaml,yml}");

  /** The names a base Compose file has, in the order Compose prefers them. */
  private static final List<String> BASE_NAMES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

  /**
   * What a search found: Compose projects (each a base file and the overrides read over it, one
   * list per file to check), manifests, and the paths that could not be read.
   */
  public record Found(
      List<List<Path>> composeFiles,
      List<Path> manifests,
      List<DockerfileDiscovery.Unreadable> unreadable) {

    public Found {
      composeFiles = composeFiles.stream().map(List::copyOf).toList();
      manifests = List.copyOf(manifests);
      unreadable = List.copyOf(unreadable);
    }
  }

  private final List<String> includes;
  private final List<String> excludes;

  private OrchestratorDiscovery(List<String> includes, List<String> excludes) {
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
  }

  /** A search for the default files, {@code includes} and none of {@code excludes}. */
  public static OrchestratorDiscovery of(List<String> includes, List<String> excludes) {
    return new OrchestratorDiscovery(includes, excludes);
  }

  /** The Compose files and manifests under the project directory {@code projectDir}. */
  public Found find(Path projectDir) throws IOException {
    List<String> all = new ArrayList<>(COMPOSE_INCLUDES);
    all.addAll(MANIFEST_INCLUDES);
    all.addAll(includes);
    DockerfileDiscovery.Found found = DockerfileDiscovery.of(all, excludes, true).find(projectDir);
    Map<Path, List<Path>> composeByDirectory = new LinkedHashMap<>();
    List<Path> manifests = new ArrayList<>();
    for (Path file : found.files()) {
      if (isCompose(file)) {
        composeByDirectory.computeIfAbsent(file.getParent(), dir -> new ArrayList<>()).add(file);
      } else {
        manifests.add(file);
      }
    }
    List<List<Path>> compose = new ArrayList<>();
    composeByDirectory.values().forEach(files -> compose.addAll(projects(files)));
    return new Found(compose, manifests, found.unreadable());
  }

  /** The base file alone, then base and each override; without a base, each file alone. */
  private static List<List<Path>> projects(List<Path> files) {
    Path base =
        BASE_NAMES.stream()
            .map(name -> files.get(0).resolveSibling(name))
            .filter(files::contains)
            .findFirst()
            .orElse(null);
    List<List<Path>> projects = new ArrayList<>();
    if (base != null) {
      projects.add(List.of(base));
    }
    for (Path file : files) {
      if (!file.equals(base)) {
        projects.add(base == null ? List.of(file) : List.of(base, file));
      }
    }
    return projects;
  }

  private static boolean isCompose(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("compose.") || name.startsWith("docker-compose.");
  }
}
