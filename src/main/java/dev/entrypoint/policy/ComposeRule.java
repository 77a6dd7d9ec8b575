package dev.entrypoint.policy;

/** A rule that reads the services of a Compose file. */
public interface ComposeRule {

  /** Reports what this rule finds in {@code input}. */
  void check(ComposeInput input, FindingSink findings);
}
