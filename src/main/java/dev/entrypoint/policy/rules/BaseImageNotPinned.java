package dev.entrypoint.policy.rules;

import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/**
 * A base image named by a tag without a digest: {@code FROM eclipse-temurin:21-jre}. (No tag, or
 * {@code latest}, is {@link LatestBaseImage}'s.)
 */
public final class BaseImageNotPinned extends Rule implements DockerfileRule, ImageRule {

  public BaseImageNotPinned() {
    super(
        "base-image-not-pinned",
        "Base image not pinned by digest",
        Severity.INFO,
        "A tag can be moved to another image; only a digest names the same base image in every"
            + " build.");
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
    if (base.pinned() || base.untagged() || base.latest()) {
      return;
    }
    findings.report(
        base.location(),
        base.shownAs()
            + " is not pinned by digest: its tag can be"
            + " moved to another image, so two builds may not get the same base. Pin it for"
            + " reproducible builds: "
            + base.written()
            + "@sha256:<digest> ('docker buildx imagetools"
            + " inspect "
            + base.written()
            + "' shows the digest), and let a tool such as Renovate"
            + " keep it current.");
  }
}
