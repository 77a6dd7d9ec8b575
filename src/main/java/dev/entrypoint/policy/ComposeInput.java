package dev.entrypoint.policy;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.orchestrator.ComposeService;
import dev.entrypoint.orchestrator.SourceLine;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Compose file to check: the services it sets (merged over the base file when it is an override),
 * the variables Compose interpolates with, and what is known of the images they run: the project's
 * own image, and its launch contract. Other images are not read, and the rules that need their
 * ENTRYPOINT and CMD stay silent about them.
 */
public final class ComposeInput {

  private final String path;
  private final List<ComposeService> services;
  private final Map<String, String> variables;
  private final ProjectLaunch project;

  /**
   * The file findings name {@code path}, its {@code services}, the {@code variables} of the
   * environment and {@code .env} Compose interpolates with, and what is known of the {@code
   * project}'s image.
   */
  public ComposeInput(
      String path,
      List<ComposeService> services,
      Map<String, String> variables,
      ProjectLaunch project) {
    this.path = Objects.requireNonNull(path, "path");
    this.services = List.copyOf(services);
    this.variables = Map.copyOf(variables);
    this.project = Objects.requireNonNull(project, "project");
  }

  /** The path findings name. */
  public String path() {
    return path;
  }

  /** The services this file sets, in order. */
  public List<ComposeService> services() {
    return services;
  }

  /** Whether Compose has a value for {@code variable}: from its environment or {@code .env}. */
  public boolean interpolates(String variable) {
    return variables.containsKey(variable);
  }

  /** Whether {@code service} runs the project's own image. */
  public boolean runsProjectImage(ComposeService service) {
    return project.runs(service.image().map(ComposeService.Image::reference).orElse(null));
  }

  /** The ENTRYPOINT and CMD of the image {@code service} runs, when known: the project's. */
  public Optional<ImageLaunch> launchOf(ComposeService service) {
    return project.launchOf(service.image().map(ComposeService.Image::reference).orElse(null));
  }

  /** The launch contract the project declares, when {@code service} runs the project's image. */
  public Optional<LaunchContract> contractOf(ComposeService service) {
    return project.contractOf(service.image().map(ComposeService.Image::reference).orElse(null));
  }

  /** The whole file, as a location. */
  public Location location() {
    return Location.of(path);
  }

  /** Where a setting is. */
  public Location at(SourceLine where) {
    return Location.of(where.path()).atLine(where.line());
  }

  @Override
  public String toString() {
    return path + ": " + services;
  }
}
