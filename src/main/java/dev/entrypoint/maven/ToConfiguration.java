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

  /**
   * A user name and password for the target registry; the first place credentials are looked for.
   * Properties: {@code entrypoint.to.auth.username}, {@code entrypoint.to.auth.password}.
   */
  AuthConfiguration auth = new AuthConfiguration();
}
