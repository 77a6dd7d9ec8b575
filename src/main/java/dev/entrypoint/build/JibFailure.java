package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.InsecureRegistryException;
import com.google.cloud.tools.jib.api.RegistryAuthenticationFailedException;
import com.google.cloud.tools.jib.api.RegistryUnauthorizedException;
import dev.entrypoint.Causes;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.image.RegistryCredential;
import dev.entrypoint.image.RegistryFailure;
import dev.entrypoint.jib.RegistryErrors;
import dev.entrypoint.project.BaseImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Says what went wrong when Jib fails, in terms of the pom: refused credentials name their source
 * and its fix, missing ones the ways to log in, an HTTP registry at {@code
 * allowInsecureRegistries}, an unreachable daemon or registry at how to start or reach it. User
 * mistakes become {@link ConfigurationException}s; everything else an {@link ImageBuildException}.
 */
final class JibFailure {

  private JibFailure() {}

  /**
   * The exception to report for {@code failure} of a build that sent {@code logins}; throws it
   * directly when it is the user's mistake.
   */
  static ImageBuildException explain(
      Exception failure, ImageBuildRequest request, RegistryLogins logins) {
    Throwable cause =
        failure instanceof ExecutionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    String message = String.valueOf(cause.getMessage());
    RegistryUnauthorizedException unauthorized =
        Causes.find(cause, RegistryUnauthorizedException.class);
    if (unauthorized != null) {
      String image = unauthorized.getImageReference();
      String registry = image.contains("/") ? image.substring(0, image.indexOf('/')) : image;
      Optional<RegistryCredential> sent = logins.sentFor(image, request);
      throw new ConfigurationException(
          sent.isPresent()
              ? RegistryFailure.refused(registry, "use " + image, sent.get())
              : "The registry "
                  + registry
                  + " refused access without credentials for "
                  + image
                  + ": "
                  + RegistryFailure.howToLogIn(registry),
          cause);
    }
    RegistryAuthenticationFailedException loginFailed =
        Causes.find(cause, RegistryAuthenticationFailedException.class);
    if (loginFailed != null) {
      throw new ConfigurationException(
          "Logging in to the registry failed: "
              + loginFailed.getMessage()
              + ". "
              + logins
                  .sentFor(loginFailed.getMessage(), request)
                  .map(c -> "The credentials came from " + c.source() + ": " + c.fix() + ".")
                  .orElse(RegistryFailure.howToLogIn("the registry")),
          cause);
    }
    InsecureRegistryException insecure = Causes.find(cause, InsecureRegistryException.class);
    if (insecure != null) {
      throw new ConfigurationException(
          insecure.getMessage()
              + ". If this registry is meant to use plain HTTP or a self-signed certificate (a"
              + " local test registry), set <allowInsecureRegistries>true</allowInsecureRegistries>"
              + " (-Dentrypoint.allowInsecureRegistries).",
          cause);
    }
    Optional<String> notSent = RegistryErrors.credentialsNotSent(cause);
    if (notSent.isPresent()) {
      throw new ConfigurationException(
          notSent.get()
              + ". Jib sends credentials over plain HTTP only to a registry on this machine"
              + " (localhost, 127.0.0.1) with <allowInsecureRegistries>true</allowInsecureRegistries>;"
              + " for another host serve the registry over HTTPS, or pass -DsendCredentialsOverHttp=true"
              + " if you accept the risk.",
          cause);
    }
    if (Causes.isUnreachable(cause)) {
      return new ImageBuildException(
          "Could not reach "
              + where(request)
              + ": "
              + message
              + ". Check that it is running and"
              + " reachable from this machine, or build offline with a local base"
              + " (<from><image>jlink</image>, docker://NAME or tar://PATH) and <target>tar</target>.",
          cause);
    }
    if (message.contains("No space left on device")) {
      return new ImageBuildException(
          "The disk is full (No space left on device): the image goes to "
              + request.outputDir()
              + " and its layers to the caches "
              + request.cacheDir()
              + " and "
              + request.applicationCacheDir()
              + ". Free space there, or move them: -Dentrypoint.outputDirectory,"
              + " -Dentrypoint.cacheDirectory. The previous image in "
              + request.outputDir()
              + " is as it was.",
          cause);
    }
    if (message.contains("Cannot connect to the Docker daemon")
        || message.contains("Cannot run program")) {
      return new ImageBuildException(
          "The Docker daemon could not be used: "
              + message
              + ". Start it (sudo dockerd, or"
              + " systemctl start docker), point DOCKER_HOST at one, or build to a tarball with"
              + " <target>tar</target> (-Dentrypoint.target=tar), which needs no daemon.",
          cause);
    }
    return new ImageBuildException("The image build failed: " + message, cause);
  }

  private static String where(ImageBuildRequest request) {
    List<String> registries = new ArrayList<>();
    if (request.target().kind() == ImageTarget.Kind.REGISTRY) {
      registries.add("the registry " + request.target().registry());
    }
    if (request.base().kind() == BaseImage.Kind.REGISTRY) {
      registries.add("the base image's registry (" + request.base() + ")");
    }
    return registries.isEmpty() ? "the network" : String.join(" or ", registries);
  }
}
