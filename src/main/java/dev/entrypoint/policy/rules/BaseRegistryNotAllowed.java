package dev.entrypoint.policy.rules;

import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A base image from a registry outside the allowed ones. Opt-in: it reports nothing until the pom
 * lists {@code <allowedRegistries>}.
 */
public final class BaseRegistryNotAllowed extends Rule implements DockerfileRule, ImageRule {

  private static final Set<String> DOCKER_HUB =
      Set.of("docker.io", "index.docker.io", "registry-1.docker.io");

  private final List<String> allowed;

  /** The rule with the registries base images may come from; none allowed means not enforced. */
  public BaseRegistryNotAllowed(List<String> allowedRegistries) {
    super(
        "base-registry-not-allowed",
        "Base image from a registry that is not allowed",
        Severity.ERROR,
        "A base image comes from a registry outside <allowedRegistries> (opt-in: nothing is"
            + " checked until the list is set).");
    this.allowed =
        allowedRegistries.stream()
            .map(registry -> registry.strip().toLowerCase(Locale.ROOT))
            .filter(registry -> !registry.isEmpty())
            .toList();
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    BaseReference.of(input).forEach(base -> check(base, findings));
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    BaseReference.of(image).ifPresent(base -> check(base, findings));
  }

  private void check(BaseReference base, FindingSink findings) {
    if (allowed.isEmpty() || allows(base.registry())) {
      return;
    }
    findings.report(
        base.location(),
        base.shownAs()
            + " comes from registry "
            + base.registry()
            + ", which is not in <allowedRegistries> ("
            + String.join(", ", allowed)
            + "): images from elsewhere have not been vetted by your organisation. Use a base image"
            + " from an allowed registry (a mirror of this one, for example), or add "
            + base.registry()
            + " to <allowedRegistries>.");
  }

  private boolean allows(String registry) {
    String wanted = registry.toLowerCase(Locale.ROOT);
    for (String entry : allowed) {
      boolean hub = DOCKER_HUB.contains(entry) && DOCKER_HUB.contains(wanted);
      boolean wildcard = entry.startsWith("*.") && wanted.endsWith(entry.substring(1));
      if (entry.equals(wanted) || hub || wildcard) {
        return true;
      }
    }
    return false;
  }
}
