package dev.entrypoint.policy;

/**
 * A rule that reads an image's config: the image a pom declares (before anything is built) and a
 * built image alike.
 */
public interface ImageRule {

  /** Reports what this rule finds in {@code image}. */
  void check(ImageInput image, FindingSink findings);
}
