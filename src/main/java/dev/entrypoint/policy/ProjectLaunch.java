package dev.entrypoint.policy;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.orchestrator.ProjectImage;
import java.util.Optional;

/**
 * The project's image as Compose files and manifests may name it, with the launch contract its pom
 * declares: what the check knows of the images they run. Any other image is not read.
 *
 * @param image the project's image, or {@code null} when the project builds none
 * @param contract the launch contract, or {@code null} likewise
 */
public record ProjectLaunch(ProjectImage image, LaunchContract contract) {

  /** A project without an image. */
  public static ProjectLaunch none() {
    return new ProjectLaunch(null, null);
  }

  /** Whether {@code reference}, an image a file names, is the project's image. */
  public boolean runs(String reference) {
    return image != null && reference != null && image.isNamed(reference);
  }

  /** The ENTRYPOINT and CMD of the image {@code reference} names, when it is the project's. */
  public Optional<ImageLaunch> launchOf(String reference) {
    return runs(reference) ? image.declaredLaunch() : Optional.empty();
  }

  /** The launch contract of the image {@code reference} names, when it is the project's. */
  public Optional<LaunchContract> contractOf(String reference) {
    return runs(reference) ? Optional.ofNullable(contract) : Optional.empty();
  }
}
