package dev.entrypoint.maven;

import java.util.List;

/** {@code <to>}: the built image's name and extra tags. Properties: {@link NestedProperty}. */
public class ToConfiguration {

  /** The image reference; defaults to {@code ${project.artifactId}:${project.version}}. */
  String image;

  /** Extra tags. */
  List<String> tags;

  /** A user name and password for the target registry. */
  AuthConfiguration auth = new AuthConfiguration();
}
