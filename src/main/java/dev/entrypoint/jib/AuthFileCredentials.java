package dev.entrypoint.jib;

import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.frontend.CredentialRetrieverFactory;
import com.google.cloud.tools.jib.registry.credentials.CredentialRetrievalException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A registry's credential from a Docker-format auth file (Docker's {@code config.json}, Podman's
 * {@code auth.json}), read by jib-core: the credential helper the file names for the registry
 * ({@code credHelpers}, else {@code credsStore}, run as {@code docker-credential-NAME get}), then
 * the registry's {@code auths} entry.
 */
public final class AuthFileCredentials {

  /** The auth file, or the credential helper it names, failed to give a credential. */
  public static final class RetrievalException extends Exception {

    private static final long serialVersionUID = 1L;

    RetrievalException(CredentialRetrievalException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private AuthFileCredentials() {}

  /**
   * The credential that {@code file} holds for {@code image}'s registry, empty when it has none;
   * jib-core's log of the lookup (which helper it tried, whether {@code auths} answered) goes to
   * {@code events}.
   */
  public static Optional<Credential> retrieve(
      ImageReference image, Path file, Consumer<LogEvent> events) throws RetrievalException {
    try {
      return CredentialRetrieverFactory.forImage(image, events).dockerConfig(file).retrieve();
    } catch (CredentialRetrievalException e) {
      throw new RetrievalException(e);
    }
  }
}
