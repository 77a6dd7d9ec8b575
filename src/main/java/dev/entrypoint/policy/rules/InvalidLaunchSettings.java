package dev.entrypoint.policy.rules;

import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/**
 * {@code <container>} launch settings that cannot work together, such as both {@code <entrypoint>}
 * and {@code <entrypointShell>}: {@code entrypoint:build} would refuse them.
 */
public final class InvalidLaunchSettings extends Rule implements ImageRule {

  public InvalidLaunchSettings() {
    super(
        "invalid-launch-settings",
        "Launch settings that cannot work",
        Severity.ERROR,
        "The pom's <container> launch settings contradict each other or leave nothing to run, so"
            + " entrypoint:build refuses them.");
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    image.invalidLaunchSettings().ifPresent(why -> findings.report(image.location(), why));
  }
}
