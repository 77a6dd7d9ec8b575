package dev.entrypoint.image;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.RegistryException;
import dev.entrypoint.BuildLog;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.jib.RegistryConnection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading an image may use: how to call Docker and Podman, where registry credentials come
 * from ({@link RegistryCredentials}), whether registries on plain HTTP or with untrusted
 * certificates are allowed, and where temporary files go.
 */
public final class ImageAccess {

  private final EngineSettings engines;
  private final RegistryCredentials credentials;
  private final boolean allowInsecureRegistries;
  private final Path temporaryDirectory;

  private ImageAccess(
      EngineSettings engines,
      RegistryCredentials credentials,
      boolean allowInsecureRegistries,
      Path temporaryDirectory) {
    this.engines = Objects.requireNonNull(engines, "engines");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.allowInsecureRegistries = allowInsecureRegistries;
    this.temporaryDirectory = Objects.requireNonNull(temporaryDirectory, "temporaryDirectory");
  }

  /**
   * Each engine's default command line, no credentials, verified HTTPS only, temporary files in
   * {@code java.io.tmpdir}.
   */
  public static ImageAccess defaults() {
    return new ImageAccess(
        EngineSettings.of(EngineChoice.AUTO),
        RegistryCredentials.none(),
        false,
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * This access with how to call the engines; the choice in {@code settings} is not used, a source
   * names its engine.
   */
  public ImageAccess withEngines(EngineSettings settings) {
    return new ImageAccess(settings, credentials, allowInsecureRegistries, temporaryDirectory);
  }

  /** This access with registry credentials from {@code chain}; never logged. */
  public ImageAccess withCredentials(RegistryCredentials chain) {
    return new ImageAccess(engines, chain, allowInsecureRegistries, temporaryDirectory);
  }

  /**
   * This access allowing (or not) registries on plain HTTP or with untrusted certificates;
   * credentials then go over plain HTTP to a registry on this machine only.
   */
  public ImageAccess withInsecureRegistries(boolean allowed) {
    return new ImageAccess(engines, credentials, allowed, temporaryDirectory);
  }

  /** This access with temporary files (saved images, downloaded layers) in {@code directory}. */
  public ImageAccess withTemporaryDirectory(Path directory) {
    return new ImageAccess(engines, credentials, allowInsecureRegistries, directory);
  }

  /** How to call Docker and Podman. */
  public EngineSettings engines() {
    return engines;
  }

  /** Where registry credentials come from. */
  public RegistryCredentials credentials() {
    return credentials;
  }

  /** Whether registries on plain HTTP or with untrusted certificates are allowed. */
  public boolean allowInsecureRegistries() {
    return allowInsecureRegistries;
  }

  /** Where temporary files go. */
  public Path temporaryDirectory() {
    return temporaryDirectory;
  }

  /**
   * Logs in to {@code image}'s repository to pull, or with {@code push} to push, sending {@code
   * credential} when there is one; credentials go over plain HTTP only to a registry on this
   * machine, and only when insecure registries are allowed.
   */
  public RegistryConnection openRegistry(
      ImageReference image, Optional<RegistryCredential> credential, boolean push, BuildLog log)
      throws IOException, RegistryException {
    return RegistryConnection.open(
        image,
        credential.map(RegistryCredential::credential),
        allowInsecureRegistries,
        RegistryHost.mayReceiveCredentialsOverHttp(image.getRegistry(), allowInsecureRegistries),
        push,
        log);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageAccess that
        && engines.equals(that.engines)
        && credentials.equals(that.credentials)
        && allowInsecureRegistries == that.allowInsecureRegistries
        && temporaryDirectory.equals(that.temporaryDirectory);
  }

  @Override
  public int hashCode() {
    return Objects.hash(engines, credentials, allowInsecureRegistries, temporaryDirectory);
  }

  /** Names where credentials come from, never the credentials. */
  @Override
  public String toString() {
    return "image access: "
        + engines
        + "; "
        + credentials
        + (allowInsecureRegistries ? "; insecure registries allowed" : "")
        + "; temporary files in "
        + temporaryDirectory;
  }
}
