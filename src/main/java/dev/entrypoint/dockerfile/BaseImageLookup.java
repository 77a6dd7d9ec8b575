package dev.entrypoint.dockerfile;

import dev.entrypoint.launch.ImageLaunch;
import java.util.Map;
import java.util.Optional;

/**
 * What the parser may assume about an external base image named in a FROM line: its ENTRYPOINT and
 * CMD, which a stage inherits until it sets its own. The parser never pulls an image, so by default
 * nothing is known ({@link #unknown()}), and a stage on such an image reports {@link
 * StageConfig#launchKnown()} false until its own instructions decide its launch.
 */
@FunctionalInterface
public interface BaseImageLookup {

  /**
   * The launch of {@code imageReference} as written in the FROM line (after ARG expansion), if
   * known.
   */
  Optional<ImageLaunch> launchOf(String imageReference);

  /** Knows no image. */
  static BaseImageLookup unknown() {
    return imageReference -> Optional.empty();
  }

  /** Knows the images in {@code launches}, by reference exactly as written. */
  static BaseImageLookup of(Map<String, ImageLaunch> launches) {
    Map<String, ImageLaunch> known = Map.copyOf(launches);
    return imageReference -> Optional.ofNullable(known.get(imageReference));
  }
}
