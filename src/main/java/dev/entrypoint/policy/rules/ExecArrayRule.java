package dev.entrypoint.policy.rules;

import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/**
 * A rule about exec-form arrays: it judges each {@link ExecArray} on its own, the same way in a
 * Dockerfile, in the pom's settings and in a built image.
 */
abstract class ExecArrayRule extends Rule implements DockerfileRule, ImageRule {

  ExecArrayRule(String id, String name, Severity defaultSeverity, String summary) {
    super(id, name, defaultSeverity, summary);
  }

  @Override
  public final void check(DockerfileInput input, FindingSink findings) {
    ExecArray.of(input).forEach(array -> check(array, findings));
  }

  @Override
  public final void check(ImageInput image, FindingSink findings) {
    ExecArray.of(image).forEach(array -> check(array, findings));
  }

  /** Reports what is wrong with {@code array}, if anything. */
  abstract void check(ExecArray array, FindingSink findings);
}
