package dev.entrypoint.jib;

import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.DescriptorDigest;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.blob.Blobs;
import com.google.cloud.tools.jib.event.EventHandlers;
import com.google.cloud.tools.jib.http.FailoverHttpClient;
import com.google.cloud.tools.jib.image.json.BuildableManifestTemplate;
import com.google.cloud.tools.jib.image.json.ManifestListTemplate;
import com.google.cloud.tools.jib.image.json.ManifestTemplate;
import com.google.cloud.tools.jib.registry.RegistryClient;
import dev.entrypoint.BuildLog;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * jib-core's registry client, logged in to one repository, with its connections: bearer tokens
 * where the registry hands them out (anonymous ones without credentials), basic auth where it asks
 * for it. Pulls and pushes manifests and blobs; closing it closes the connections.
 */
public final class RegistryConnection implements Closeable {

  private static final String USER_AGENT = "entrypoint-maven-plugin";

  private final String registry;
  private final FailoverHttpClient http;
  private final RegistryClient client;
  private final BuildLog log;

  private RegistryConnection(
      String registry, FailoverHttpClient http, RegistryClient client, BuildLog log) {
    this.registry = registry;
    this.http = http;
    this.client = client;
    this.log = log;
  }

  /**
   * Logs in to {@code image}'s repository to pull, or with {@code push} to push, sending {@code
   * credential} when there is one. {@code allowInsecureRegistries} lets the connections fall back
   * to plain HTTP or untrusted certificates; {@code credentialsOverHttp} lets credentials go over
   * plain HTTP. jib-core's connection log goes to {@code log} at debug level.
   */
  public static RegistryConnection open(
      ImageReference image,
      Optional<Credential> credential,
      boolean allowInsecureRegistries,
      boolean credentialsOverHttp,
      boolean push,
      BuildLog log)
      throws IOException, RegistryException {
    String registry = image.getRegistry();
    Credential sent = credential.orElse(null);
    FailoverHttpClient http =
        new FailoverHttpClient(
            allowInsecureRegistries, credentialsOverHttp, event -> log.debug(event.getMessage()));
    RegistryConnection connection =
        new RegistryConnection(
            registry,
            http,
            RegistryClient.factory(EventHandlers.NONE, registry, image.getRepository(), http)
                .setCredential(sent)
                .setUserAgent(USER_AGENT)
                .newRegistryClient(),
            log);
    try {
      boolean bearer =
          push ? connection.client.doPushBearerAuth() : connection.client.doPullBearerAuth();
      if (!bearer && sent != null && !sent.isOAuth2RefreshToken()) {
        connection.client.configureBasicAuth();
      }
    } catch (IOException | RegistryException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /** The manifest under {@code tagOrDigest}. */
  public RegistryManifest pullManifest(String tagOrDigest) throws IOException, RegistryException {
    ManifestTemplate pulled = client.pullManifest(tagOrDigest).getManifest();
    if (pulled instanceof ManifestListTemplate list) {
      return new RegistryManifest.ImageList(list);
    }
    if (pulled instanceof BuildableManifestTemplate image) {
      return new RegistryManifest.Image(
          image.getSchemaVersion(),
          blob(image.getContainerConfiguration()),
          image.getLayers().stream().map(RegistryConnection::blob).toList());
    }
    return new RegistryManifest.WithoutConfig(pulled.getSchemaVersion());
  }

  private static RegistryManifest.Blob blob(
      BuildableManifestTemplate.ContentDescriptorTemplate descriptor) {
    return descriptor == null
        ? null
        : new RegistryManifest.Blob(descriptor.getDigest(), descriptor.getSize());
  }

  /** Writes the blob {@code digest} to {@code out}; jib-core checks its digest. */
  public void pullBlob(DescriptorDigest digest, OutputStream out) throws IOException {
    client.pullBlob(digest, size -> {}, written -> {}).writeTo(out);
  }

  /** The digest of the manifest under {@code tag}; empty when there is none. */
  public Optional<DescriptorDigest> manifestDigest(String tag)
      throws IOException, RegistryException {
    return client.checkManifest(tag).map(manifest -> manifest.getDigest());
  }

  /**
   * Pushes {@code json}, a manifest or index of {@code mediaType}, byte for byte under {@code
   * tagOrDigest}, so that the digest the registry computes is the one of those bytes.
   */
  public DescriptorDigest pushManifest(byte[] json, String mediaType, String tagOrDigest)
      throws IOException, RegistryException {
    return client.pushManifest(new RawManifest(json, mediaType), tagOrDigest);
  }

  /** Whether the repository has the blob {@code digest}. */
  public boolean hasBlob(DescriptorDigest digest) throws IOException, RegistryException {
    return client.checkBlob(digest).isPresent();
  }

  /**
   * Pushes the blob {@code digest} read from {@code in}, or mounts it from the repository {@code
   * mountFrom} on the same registry (null for none) when the registry holds it there; whether it
   * was mounted.
   */
  public boolean pushBlob(DescriptorDigest digest, InputStream in, String mountFrom)
      throws IOException, RegistryException {
    return client.pushBlob(digest, Blobs.from(in), mountFrom, written -> {});
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
