package dev.entrypoint.image;

import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.event.EventHandlers;
import com.google.cloud.tools.jib.http.FailoverHttpClient;
import com.google.cloud.tools.jib.registry.RegistryClient;
import dev.entrypoint.BuildLog;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * A logged-in jib-core registry client for one repository, with its connections: bearer tokens
 * where the registry hands them out (anonymous ones without credentials), basic auth where it asks
 * for it; credentials over plain HTTP only to a registry on this machine.
 */
public final class RegistrySession implements Closeable {

  private static final String USER_AGENT = "entrypoint-maven-plugin";

  private final String registry;
  private final FailoverHttpClient http;
  private final RegistryClient client;
  private final BuildLog log;

  private RegistrySession(
      String registry, FailoverHttpClient http, RegistryClient client, BuildLog log) {
    this.registry = registry;
    this.http = http;
    this.client = client;
    this.log = log;
  }

  /**
   * Opens a session on {@code image}'s repository to pull, or with {@code push} to push, sending
   * {@code credential} when there is one.
   */
  public static RegistrySession open(
      ImageReference image,
      ImageAccess access,
      Optional<RegistryCredential> credential,
      boolean push,
      BuildLog log)
      throws IOException, RegistryException {
    String registry = image.getRegistry();
    Credential sent = credential.map(RegistryCredential::credential).orElse(null);
    FailoverHttpClient http =
        new FailoverHttpClient(
            access.allowInsecureRegistries(),
            RegistryHost.mayReceiveCredentialsOverHttp(registry, access.allowInsecureRegistries()),
            event -> log.debug(event.getMessage()));
    RegistrySession session =
        new RegistrySession(
            registry,
            http,
            RegistryClient.factory(EventHandlers.NONE, registry, image.getRepository(), http)
                .setCredential(sent)
                .setUserAgent(USER_AGENT)
                .newRegistryClient(),
            log);
    try {
      boolean bearer = push ? session.client.doPushBearerAuth() : session.client.doPullBearerAuth();
      if (!bearer && sent != null && !sent.isOAuth2RefreshToken()) {
        session.client.configureBasicAuth();
      }
    } catch (IOException | RegistryException | RuntimeException e) {
      session.close();
      throw e;
    }
    return session;
  }

  /** The logged-in client. */
  public RegistryClient client() {
    return client;
  }

  /** Closes the connections. */
  @Override
  public void close() {
    try {
      http.shutDown();
    } catch (IOException e) {
      log.debug("closing the connections to " + registry + " failed: " + e.getMessage());
    }
  }
}
