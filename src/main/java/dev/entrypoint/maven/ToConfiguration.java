package dev.entrypoint.maven;

import java.util.ArrayList;
import java.util.List;

/** {@code <to>}: the built image's name and extra tags. */
public class ToConfiguration {

  /**
   * The image reference; defaults to {@code ${project.artifactId}:${project.version}}. Property:
   * {@code entrypoint.to.image}.
   */
  String image;

  /** Extra tags. Property: {@code entrypoint.to.tags} (comma-separated). */
  List<String> tags = new ArrayList<>();
}
