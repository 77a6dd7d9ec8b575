package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import dev.entrypoint.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the built image goes: an image tarball ({@code tar}, the default, needs no daemon), the
 * local Docker daemon ({@code docker}), or a registry ({@code registry}); with its name and the
 * extra tags it also gets.
 */
public final class ImageTarget {

  /** The kinds of target. */
  public enum Kind {
    TAR,
    DOCKER,
    REGISTRY
  }

  private final Kind kind;
  private final ImageReference image;
  private final List<String> tags;

  private ImageTarget(Kind kind, ImageReference image, List<String> tags) {
    this.kind = kind;
    this.image = image;
    this.tags = List.copyOf(tags);
  }

  /**
   * Reads {@code <target>}, {@code <to><image>} and {@code <to><tags>}; a reference without a tag
   * gets {@code latest}, as Docker does.
   */
  public static ImageTarget of(String target, String image, List<String> tags) {
    Kind kind = kind(target);
    ImageReference reference;
    try {
      reference = ImageReference.parse(image == null ? "" : image.strip());
    } catch (InvalidImageReferenceException e) {
      throw new ConfigurationException(
          "<to><image> is '"
              + image
              + "', which is not an image reference: write"
              + " [registry/]name[:tag], in lower case, for example my-app:1.0 or"
              + " localhost:5000/team/my-app:1.0.");
    }
    List<String> cleanTags = new ArrayList<>();
    for (String tag : tags) {
      String clean = tag.strip();
      if (!ImageReference.isValidTag(clean)) {
        throw new ConfigurationException(
            "<to><tags> holds '"
                + tag
                + "', which is not a valid tag: use letters, digits, '_',"
                + " '.' and '-', at most 128 characters, not starting with '.' or '-'.");
      }
      cleanTags.add(clean);
    }
    return new ImageTarget(kind, reference, cleanTags);
  }

  private static Kind kind(String target) {
    String value = target == null ? "" : target.strip();
    for (Kind kind : Kind.values()) {
      if (kind.name().equalsIgnoreCase(value)) {
        return kind;
      }
    }
    throw new ConfigurationException(
        "<target> is '"
            + target
            + "': use 'tar' (an image tarball in target/entrypoint, no daemon"
            + " needed), 'docker' (load into the local Docker daemon) or 'registry' (push to the"
            + " registry named in <to><image>).");
  }

  /** The kind of target. */
  public Kind kind() {
    return kind;
  }

  /** The image's name. */
  public ImageReference image() {
    return image;
  }

  /** The extra tags, beside the one in {@link #image()}. */
  public List<String> tags() {
    return tags;
  }

  /** Every full name the image gets: {@link #image()} and one per extra tag. */
  public List<String> allNames() {
    List<String> names = new ArrayList<>();
    names.add(image.toStringWithQualifier());
    for (String tag : tags) {
      names.add(image.withQualifier(tag).toStringWithQualifier());
    }
    return names;
  }

  /**
   * The registry host the image lives on, such as {@code localhost:5000} or {@code
   * registry-1.docker.io}.
   */
  public String registry() {
    return image.getRegistry();
  }

  /** The value a pom uses for this target kind. */
  public String pomValue() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageTarget that
        && kind == that.kind
        && image.toString().equals(that.image.toString())
        && tags.equals(that.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, image.toString(), tags);
  }

  @Override
  public String toString() {
    return pomValue() + " " + String.join(", ", allNames());
  }
}
