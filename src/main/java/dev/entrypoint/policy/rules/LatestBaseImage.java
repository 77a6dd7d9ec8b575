package dev.entrypoint.policy.rules;

import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/** A base image with no tag, or the {@code latest} tag: {@code FROM eclipse-temurin}. */
public final class LatestBaseImage extends Rule implements DockerfileRule, ImageRule {

  public LatestBaseImage() {
    super(
        "latest-base-image",
        "Untagged or latest base image",
        Severity.WARNING,
        "A base image with no tag, or :latest, moves: two builds of the same file can get"
            + " different bases, and a new major version can break the image without a change"
            + " here.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    BaseReference.of(input).forEach(base -> check(base, findings));
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    BaseReference.of(image).ifPresent(base -> check(base, findings));
  }

  private static void check(BaseReference base, FindingSink findings) {
    if (!base.untagged() && !base.latest()) {
      return;
    }
    String what =
        base.untagged()
            ? base.shownAs() + " has no tag, so it means " + base.repository() + ":latest"
            : base.shownAs() + " uses the latest tag";
    findings.report(
        base.location(),
        what
            + ", which moves: two builds can get different base"
            + " images, and a new major version can break the image without a change here. Name a"
            + " version, and pin its digest for reproducible builds: "
            + base.repository()
            + ":<version>@sha256:<digest>.");
  }
}
