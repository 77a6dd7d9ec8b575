package dev.entrypoint.orchestrator;

import dev.entrypoint.launch.ImageLaunch;
import java.util.List;
import java.util.Objects;

/**
 * The image a service or container runs, as {@link ImageLookup} found it: its ENTRYPOINT and CMD
 * and where they were read, or why it was not found.
 *
 * @param reference the image as the file names it
 * @param origin where the launch was read, such as {@code the project's image
 *     (target/entrypoint/image.tar)}; {@code null} when not found
 * @param launch the ENTRYPOINT and CMD, or {@code null} when not found
 * @param launchKnown whether the launch is certain (false for a Dockerfile on an unknown base)
 * @param error why the image was not found, or {@code null}
 * @param notes what a reader should know about the image, such as the project's image not being
 *     built yet
 */
public record FoundImage(
    String reference,
    String origin,
    ImageLaunch launch,
    boolean launchKnown,
    String error,
    List<String> notes) {

  public FoundImage {
    Objects.requireNonNull(reference, "reference");
    notes = List.copyOf(notes);
    if ((launch == null) == (error == null)) {
      throw new IllegalArgumentException(
          "an image is found (with a launch) or not (with an error)");
    }
  }

  /** An image whose launch was read at {@code origin}. */
  public static FoundImage found(String reference, String origin, ImageLaunch launch) {
    return new FoundImage(reference, origin, launch, true, null, List.of());
  }

  /** An image that could not be found, and why. */
  public static FoundImage missing(String reference, String error) {
    return new FoundImage(reference, null, null, false, error, List.of());
  }

  /** Whether the image was found. */
  public boolean isFound() {
    return launch != null;
  }

  /** This result with {@code more} notes. */
  public FoundImage withNotes(List<String> more) {
    List<String> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new FoundImage(reference, origin, launch, launchKnown, error, all);
  }
}
