package dev.entrypoint.policy;

/** A rule that reads a Dockerfile or Containerfile. */
public interface DockerfileRule {

  /** Reports what this rule finds in {@code input}. */
  void check(DockerfileInput input, FindingSink findings);
}
