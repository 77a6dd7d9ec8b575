package dev.entrypoint.policy;

import dev.entrypoint.image.ImageFiles;

/** A rule that reads a built image's files as well as its config. */
public interface ImageFilesRule {

  /** Reports what this rule finds in {@code image}, whose file tree is {@code files}. */
  void check(ImageInput image, ImageFiles files, FindingSink findings);
}
