package dev.entrypoint.policy;

/** A rule that reads the containers of a Kubernetes manifest. */
public interface KubernetesRule {

  /** Reports what this rule finds in {@code input}. */
  void check(KubernetesInput input, FindingSink findings);
}
