package dev.entrypoint.image;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InsecureRegistryException;
import com.google.cloud.tools.jib.api.RegistryAuthenticationFailedException;
import com.google.cloud.tools.jib.api.RegistryUnauthorizedException;
import dev.entrypoint.Causes;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.jib.RegistryErrors;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Says what went wrong reading an image from a registry, in the user's terms: refused credentials
 * name their source and its fix, missing ones the ways to log in, plain HTTP {@code
 * allowInsecureRegistries}, a missing tag at the reference. Those are {@link
 * ConfigurationException}s; an unreachable registry and anything else an {@link
 * ImageReadException}. Messages never hold credentials.
 */
public final class RegistryFailure {

  private static final int NOT_FOUND = 404;

  private RegistryFailure() {}

  /**
   * The exception to report for {@code failure} while reading {@code reference} with {@code
   * credential} (empty when none was sent); throws it directly when it is the user's to fix.
   */
  static ImageReadException explain(
      Exception failure, ImageReference reference, Optional<RegistryCredential> credential) {
    String registry = reference.getRegistry();
    String image = reference.toString();
    if (Causes.find(failure, RegistryUnauthorizedException.class) != null) {
      throw new ConfigurationException(
          credential.isPresent()
              ? refused(registry, "read " + image, credential.get())
                  + " Also check that the user may pull "
                  + reference.getRepository()
                  + "."
              : "The registry "
                  + registry
                  + " wants credentials to read "
                  + image
                  + ": "
                  + howToLogIn(registry),
          failure);
    }
    RegistryAuthenticationFailedException loginFailed =
        Causes.find(failure, RegistryAuthenticationFailedException.class);
    if (loginFailed != null) {
      throw new ConfigurationException(
          "Logging in to the registry "
              + registry
              + " to read "
              + image
              + " failed: "
              + loginFailed.getMessage()
              + "."
              + credential
                  .map(c -> " The credentials came from " + c.source() + ": " + c.fix() + ".")
                  .orElse(""),
          failure);
    }
    if (RegistryErrors.credentialsNotSent(failure).isPresent()) {
      throw new ConfigurationException(
          "The credentials"
              + credential.map(c -> " of " + c.source()).orElse("")
              + " were not sent to "
              + registry
              + " because it answers on plain"
              + " HTTP and is not on this machine, where anyone on the network could read them. Serve the"
              + " registry over HTTPS, or read the image from a tarball (tar://PATH) or an engine (docker://NAME).",
          failure);
    }
    if (Causes.find(failure, InsecureRegistryException.class) != null) {
      throw new ConfigurationException(
          "The registry "
              + registry
              + " does not answer on HTTPS with a trusted certificate, so "
              + image
              + " was not read. If it is meant to use plain HTTP or a self-signed certificate (a local test"
              + " registry), set <allowInsecureRegistries>true</allowInsecureRegistries>"
              + " (-Dentrypoint.allowInsecureRegistries).",
          failure);
    }
    OptionalInt status = RegistryErrors.httpStatus(failure);
    if (status.isPresent() && status.getAsInt() == NOT_FOUND) {
      throw new ConfigurationException(
          "The registry "
              + registry
              + " has no image "
              + reference.getRepository()
              + ":"
              + reference.getQualifier()
              + ": check the name and tag (or digest), or push the image first.",
          failure);
    }
    if (Causes.isUnreachable(failure)) {
      return new ImageReadException(
          "Could not reach the registry "
              + registry
              + " to read "
              + image
              + ": "
              + failure.getMessage()
              + ". Check that it runs and that this machine reaches it, or read the image from a tarball"
              + " (tar://PATH) or an engine (docker://NAME).",
          failure);
    }
    return new ImageReadException(
        "Reading " + image + " from the registry " + registry + " failed: " + failure, failure);
  }

  /**
   * Says that {@code registry} refused {@code credential} for {@code what} (such as {@code push
   * localhost:5000/app:1}), naming where it came from and what to fix.
   */
  public static String refused(String registry, String what, RegistryCredential credential) {
    return "The registry "
        + registry
        + " refused the credentials of "
        + credential
        + " to "
        + what
        + ": "
        + credential.fix()
        + ".";
  }

  /** The ways to give credentials for {@code registry}, in the order they are looked up. */
  public static String howToLogIn(String registry) {
    return "log in with 'docker login "
        + registry
        + "' or 'podman login "
        + registry
        + "', or add <server><id>"
        + registry
        + "</id><username>…</username><password>…</password></server> to the <servers> of"
        + " settings.xml, or set <auth><username>/<password> on <from> or <to>"
        + " (-Dentrypoint.to.auth.username, -Dentrypoint.to.auth.password).";
  }
}
