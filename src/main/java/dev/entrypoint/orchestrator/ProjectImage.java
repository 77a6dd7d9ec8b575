package dev.entrypoint.orchestrator;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.ImageLaunch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The image the project builds, as Compose files and manifests name it: its {@code <to><image>} and
 * the same repository with each of its {@code <to><tags>}, and where its launch is read: the built
 * image, or (for {@code check}, before anything is built) the launch the pom declares.
 */
public final class ProjectImage {

  private final List<String> names;
  private final ImageSource built;
  private final ImageLaunch declared;
  private final String description;

  private ProjectImage(
      List<String> names, ImageSource built, ImageLaunch declared, String description) {
    this.names = names.stream().map(ProjectImage::normalized).flatMap(Optional::stream).toList();
    this.built = built;
    this.declared = declared;
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * The image {@code image} with extra {@code tags}, read from {@code built} (an image tarball the
   * build wrote, or {@code null} when there is none yet).
   */
  public static ProjectImage built(
      String image, List<String> tags, ImageSource built, String description) {
    return new ProjectImage(names(image, tags), built, null, description);
  }

  /** The image {@code image} with extra {@code tags}, whose launch is {@code launch}. */
  public static ProjectImage declared(
      String image, List<String> tags, ImageLaunch launch, String description) {
    return new ProjectImage(names(image, tags), null, launch, description);
  }

  private static List<String> names(String image, List<String> tags) {
    List<String> names = new ArrayList<>(List.of(image));
    int colon = image.lastIndexOf(':');
    String repository =
        colon > image.lastIndexOf('/') ? image.substring(0, colon) : image.split("@", 2)[0];
    tags.forEach(tag -> names.add(repository + ":" + tag.strip()));
    return names;
  }

  /** Whether a file's {@code image:} names this image. */
  public boolean isNamed(String reference) {
    return normalized(reference).filter(names::contains).isPresent();
  }

  /** The built image to read, if the build left one. */
  public Optional<ImageSource> builtImage() {
    return Optional.ofNullable(built);
  }

  /** The launch the pom declares, for a project checked before it is built. */
  public Optional<ImageLaunch> declaredLaunch() {
    return Optional.ofNullable(declared);
  }

  /** Where the launch comes from, such as {@code target/entrypoint/image.tar}. */
  public String description() {
    return description;
  }

  /**
   * {@code registry/repository:tag} as the engines resolve a short name: {@code app:1} and {@code
   * docker.io/library/app:1} are one image, and so is Podman's {@code localhost/app:1}.
   */
  static Optional<String> normalized(String reference) {
    String name = reference.strip();
    if (name.startsWith("localhost/")) {
      name = name.substring("localhost/".length());
    }
    try {
      ImageReference parsed = ImageReference.parse(name);
      return Optional.of(
          parsed.getRegistry() + "/" + parsed.getRepository() + ":" + parsed.getQualifier());
    } catch (InvalidImageReferenceException notAnImage) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "the project's image " + names + " (" + description + ")";
  }
}
