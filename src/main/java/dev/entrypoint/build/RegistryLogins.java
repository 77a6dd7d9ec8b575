package dev.entrypoint.build;

import dev.entrypoint.BuildLog;
import dev.entrypoint.image.RegistryCredential;
import dev.entrypoint.image.RegistryCredentials;
import dev.entrypoint.image.RegistryHost;
import dev.entrypoint.project.BaseImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The credentials one build sends: to the base image's registry and to the target's, each empty
 * when that registry is used anonymously (or is no registry).
 *
 * @param base the credential for reading a registry base
 * @param target the credential for pushing to a registry target
 */
record RegistryLogins(Optional<RegistryCredential> base, Optional<RegistryCredential> target) {

  /** The credentials for the base's registry and the target's, from the request's chain. */
  static RegistryLogins of(ImageBuildRequest request, BuildLog log) {
    RegistryCredentials chain = request.access().credentials();
    Optional<RegistryCredential> base =
        request.base().kind() == BaseImage.Kind.REGISTRY
            ? chain.find(
                ImageBuilder.reference(request.base().reference()),
                RegistryCredentials.Use.PULL,
                log)
            : Optional.empty();
    Optional<RegistryCredential> target =
        request.target().kind() == ImageTarget.Kind.REGISTRY
            ? chain.find(request.target().image(), RegistryCredentials.Use.PUSH, log)
            : Optional.empty();
    return new RegistryLogins(base, target);
  }

  /**
   * The credential sent for {@code image}, as Jib names an image it was refused ({@code
   * registry/repository}): the target's when it is the target, else the base's.
   */
  Optional<RegistryCredential> sentFor(String image, ImageBuildRequest request) {
    if (request.target().kind() == ImageTarget.Kind.REGISTRY
        && image.startsWith(request.target().registry() + "/")
        && image.contains(request.target().image().getRepository())) {
      return target;
    }
    return base.isPresent() ? base : target;
  }

  /** Whether every registry this build sends credentials to runs on this machine. */
  boolean stayOnThisMachine(ImageBuildRequest request) {
    List<String> registries = new ArrayList<>();
    if (target.isPresent()) {
      registries.add(request.target().registry());
    }
    if (base.isPresent() && request.base().kind() == BaseImage.Kind.REGISTRY) {
      registries.add(ImageBuilder.reference(request.base().reference()).getRegistry());
    }
    return registries.stream()
        .allMatch(registry -> RegistryHost.mayReceiveCredentialsOverHttp(registry, true));
  }
}
