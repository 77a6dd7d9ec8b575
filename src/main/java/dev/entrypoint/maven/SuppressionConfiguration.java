package dev.entrypoint.maven;

/**
 * {@code <suppression>}: findings of one rule, in the files a path glob matches (every file when no
 * path is given), do not count, for a reason that must be given.
 */
public class SuppressionConfiguration {

  /** The rule id, such as {@code shell-form-cmd}. */
  String rule;

  /**
   * A glob of the files it applies to, relative to the project ({@code legacy/**}, {@code
   * Dockerfile.dev}); every file when absent.
   */
  String path;

  /** Why the finding is acceptable here. Required. */
  String reason;
}
