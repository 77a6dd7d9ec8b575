package dev.entrypoint.policy;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.orchestrator.KubernetesContainer;
import dev.entrypoint.orchestrator.SourceLine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kubernetes manifest to check: the containers of its workloads and what is known of the images
 * they run: the project's own image, and its launch contract. Other images are not read, and the
 * rules that need their ENTRYPOINT and CMD stay silent about them.
 */
public final class KubernetesInput {

  private final String path;
  private final List<KubernetesContainer> containers;
  private final ProjectLaunch project;

  /**
   * The manifest findings name {@code path}, its {@code containers}, and what is known of the
   * {@code project}'s image.
   */
  public KubernetesInput(String path, List<KubernetesContainer> containers, ProjectLaunch project) {
    this.path = Objects.requireNonNull(path, "path");
    this.containers = List.copyOf(containers);
    this.project = Objects.requireNonNull(project, "project");
  }

  /** The path findings name. */
  public String path() {
    return path;
  }

  /** The containers, init containers of a workload first. */
  public List<KubernetesContainer> containers() {
    return containers;
  }

  /** Whether {@code container} runs the project's own image. */
  public boolean runsProjectImage(KubernetesContainer container) {
    return project.runs(container.image());
  }

  /** The ENTRYPOINT and CMD of the image {@code container} runs, when known: the project's. */
  public Optional<ImageLaunch> launchOf(KubernetesContainer container) {
    return project.launchOf(container.image());
  }

  /** The launch contract the project declares, when {@code container} runs the project's image. */
  public Optional<LaunchContract> contractOf(KubernetesContainer container) {
    return project.contractOf(container.image());
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
    return path + ": " + containers;
  }
}
