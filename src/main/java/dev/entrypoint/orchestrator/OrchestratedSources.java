package dev.entrypoint.orchestrator;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.ShownPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Explains Compose files and Kubernetes manifests: for each service, or each container of each
 * workload, what it executes, given as {@code -Dentrypoint.compose=PATH[,PATH...][#SERVICE]} and
 * {@code -Dentrypoint.manifest=PATH[#CONTAINER]}.
 */
public final class OrchestratedSources {

  private final Path baseDir;
  private final Map<String, String> environment;
  private final ImageLookup images;

  /**
   * Explains files relative to {@code baseDir}, interpolating Compose files with {@code
   * environment} (the environment that would run Compose) and finding images with {@code images}.
   */
  public OrchestratedSources(Path baseDir, Map<String, String> environment, ImageLookup images) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.environment = Map.copyOf(environment);
    this.images = images;
  }

  /**
   * What the services of {@code value}, {@code PATH[,PATH...][#SERVICE]}, execute: every service,
   * or the one named; later files override earlier ones, as {@code docker compose -f A -f B}.
   */
  public List<OrchestratedRun> compose(String value) throws IOException {
    Selected selected = Selected.parse(value, "-Dentrypoint.compose");
    List<Path> files = new ArrayList<>();
    for (String path : selected.paths()) {
      files.add(existing(path, "-Dentrypoint.compose", "a Compose file"));
    }
    ComposeProject project = ComposeProject.read(files, this::shown, environment);
    List<ComposeService> services = project.services();
    if (selected.selector() != null) {
      services =
          List.of(
              project
                  .service(selected.selector())
                  .orElseThrow(
                      () ->
                          new ConfigurationException(
                              "-Dentrypoint.compose: "
                                  + String.join(",", selected.paths())
                                  + " has no service '"
                                  + selected.selector()
                                  + "'; its services are "
                                  + names(project.services().stream().map(ComposeService::name))
                                  + ".")));
    }
    String shownFiles = files.stream().map(this::shown).collect(Collectors.joining(","));
    List<OrchestratedRun> runs = new ArrayList<>();
    for (ComposeService service : services) {
      runs.add(
          ComposeLaunch.resolve(
              "compose:" + shownFiles + "#" + service.name(), service, image(service)));
    }
    return runs;
  }

  /** What the containers of {@code value}, {@code PATH[#CONTAINER]}, execute. */
  public List<OrchestratedRun> manifest(String value) throws IOException {
    Selected selected = Selected.parse(value, "-Dentrypoint.manifest");
    if (selected.paths().size() != 1) {
      throw new ConfigurationException(
          "-Dentrypoint.manifest takes one manifest, PATH or PATH#CONTAINER; it holds '"
              + value
              + "'.");
    }
    Path file = existing(selected.paths().get(0), "-Dentrypoint.manifest", "a Kubernetes manifest");
    String shown = shown(file);
    List<KubernetesContainer> containers = KubernetesManifest.read(file, shown);
    if (containers.isEmpty()) {
      throw new ConfigurationException(
          "-Dentrypoint.manifest: "
              + shown
              + " has no Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController,"
              + " Job or CronJob with containers.");
    }
    if (selected.selector() != null) {
      List<KubernetesContainer> chosen =
          containers.stream()
              .filter(
                  c ->
                      c.path().equals(selected.selector())
                          || c.path().endsWith("/" + selected.selector()))
              .toList();
      if (chosen.isEmpty()) {
        throw new ConfigurationException(
            "-Dentrypoint.manifest: "
                + shown
                + " has no container '"
                + selected.selector()
                + "'; its containers are "
                + names(containers.stream().map(KubernetesContainer::path))
                + " (name one as CONTAINER, NAME/CONTAINER or KIND/NAME/CONTAINER).");
      }
      containers = chosen;
    }
    List<OrchestratedRun> runs = new ArrayList<>();
    for (KubernetesContainer container : containers) {
      FoundImage image =
          container.image() == null
              ? FoundImage.missing("", "no image")
              : images.find(container.image(), pull(container.pullPolicy()));
      runs.add(
          KubernetesLaunch.resolve(
              "kubernetes:" + shown + "#" + container.path(), container, image));
    }
    return runs;
  }

  private FoundImage image(ComposeService service) {
    if (service.image().isPresent()) {
      ComposeService.Image named = service.image().get();
      if (named.reference() == null) {
        return FoundImage.missing("", named.error());
      }
      FoundImage found = images.find(named.reference(), pull(service.pullPolicy()));
      if (!found.isFound() && service.build().isPresent()) {
        return images.dockerfile(named.reference(), service.build().get());
      }
      return found;
    }
    if (service.build().isPresent()) {
      return images.dockerfile(service.name(), service.build().get());
    }
    return FoundImage.missing(
        "",
        "service '"
            + service.name()
            + "' has neither an image nor a build context specified; Compose needs one of them");
  }

  private static ImageLookup.Pull pull(String policy) {
    if (policy == null) {
      return ImageLookup.Pull.IF_NOT_PRESENT;
    }
    return switch (policy.toLowerCase(Locale.ROOT)) {
      case "always" -> ImageLookup.Pull.ALWAYS;
      case "never" -> ImageLookup.Pull.NEVER;
      default -> ImageLookup.Pull.IF_NOT_PRESENT;
    };
  }

  private Path existing(String path, String property, String what) {
    Path file = baseDir.resolve(path.strip()).normalize();
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException(
          property
              + ": "
              + path
              + " is not a file: give the path of "
              + what
              + ", relative to the project (or the current directory) or absolute.");
    }
    return file;
  }

  private String shown(Path file) {
    return ShownPath.of(baseDir, file);
  }

  private static String names(java.util.stream.Stream<String> names) {
    return names.collect(Collectors.joining(", "));
  }

  /** {@code PATH[,PATH...][#SELECTOR]}. */
  private record Selected(List<String> paths, String selector) {

    static Selected parse(String value, String property) {
      String trimmed = value == null ? "" : value.strip();
      int hash = trimmed.lastIndexOf('#');
      String files = hash < 0 ? trimmed : trimmed.substring(0, hash);
      String selector = hash < 0 ? null : trimmed.substring(hash + 1).strip();
      List<String> paths =
          Arrays.stream(files.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
      if (paths.isEmpty() || (selector != null && selector.isEmpty())) {
        throw new ConfigurationException(
            property
                + " is '"
                + value
                + "': give a file, optionally followed by #NAME, such as "
                + property
                + "=compose.yaml#web.");
      }
      return new Selected(paths, selector);
    }
  }
}
