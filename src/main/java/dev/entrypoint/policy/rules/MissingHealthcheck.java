package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.Optional;

/** An image with no HEALTHCHECK. Off by default: orchestrators often probe health themselves. */
public final class MissingHealthcheck extends Rule implements DockerfileRule, ImageRule {

  private static final String EXAMPLE =
      "HEALTHCHECK --interval=30s --timeout=3s CMD [\"/app/healthcheck\"]";
  private static final String WHY =
      "Docker reports the container healthy as long as its process"
          + " runs, even when it no longer answers.";

  public MissingHealthcheck() {
    super(
        "missing-healthcheck",
        "No HEALTHCHECK",
        Severity.OFF,
        "Without a HEALTHCHECK, Docker reports a container healthy as long as its process runs,"
            + " even when it no longer answers.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    Optional<Stage> target = input.target();
    if (target.isPresent() && !target.get().config().hasHealthcheck()) {
      boolean none = target.get().config().healthcheck() != null;
      findings.report(
          input.at(target.get().from()),
          Sentence.capitalized(target.get().label())
              + ", the image 'docker build' makes, "
              + (none ? "turns the health check off (HEALTHCHECK NONE)" : "sets no HEALTHCHECK")
              + ": "
              + WHY
              + " Add one: "
              + EXAMPLE
              + ".");
    }
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    if (image.origin() == ImageInput.Origin.BUILT
        && image.healthcheck().equals(Optional.of(false))) {
      findings.report(
          image.location(),
          "The image has no health check: "
              + WHY
              + " Build it"
              + " with one, for example "
              + EXAMPLE
              + ".");
    }
  }
}
