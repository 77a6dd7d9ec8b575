package dev.entrypoint.image;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.tools.jib.api.DescriptorDigest;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.RegistryException;
import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.Json;
import dev.entrypoint.TemporaryPaths;
import dev.entrypoint.jib.RegistryConnection;
import dev.entrypoint.jib.RegistryManifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * An image in a registry, read with jib-core's registry client: the manifest (for a manifest list
 * or OCI index, the entry for linux on this machine's architecture, else linux/amd64) and the
 * config blob first; the layers only when the files are asked for, one at a time through a
 * temporary file that is deleted as soon as the layer is applied.
 */
final class RemoteImage implements TransferableImage {

  private final ImageSource source;
  private final ImageReference reference;
  private final ImageAccess access;
  private final BuildLog log;
  private RegistryConnection connection;
  private RegistryManifest.Image manifest;
  private Optional<RegistryCredential> credential = Optional.empty();

  RemoteImage(ImageSource source, ImageAccess access, BuildLog log) {
    this.source = source;
    try {
      this.reference = ImageReference.parse(source.reference());
    } catch (InvalidImageReferenceException e) {
      throw new IllegalArgumentException("not an image reference: " + source.reference(), e);
    }
    this.access = access;
    this.log = log;
  }

  @Override
  public ImageConfig config() throws ImageReadException {
    byte[] config;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      connection().pullBlob(manifest().config().digest(), bytes);
      config = bytes.toByteArray();
    } catch (IOException | RegistryException e) {
      throw RegistryFailure.explain(e, reference, credential);
    }
    try {
      return ImageConfig.parse(config);
    } catch (IOException e) {
      throw new ImageReadException(
          source + ": the registry's config blob is not an image config: " + e.getMessage(), e);
    }
  }

  @Override
  public ImageFiles files() throws ImageReadException {
    LayeredFilesystem.Builder files = LayeredFilesystem.builder();
    try {
      List<RegistryManifest.Blob> layers = manifest().layers();
      for (int i = 0; i < layers.size(); i++) {
        DescriptorDigest digest = layers.get(i).digest();
        log.debug(
            "reading layer "
                + (i + 1)
                + "/"
                + layers.size()
                + " of "
                + source
                + ": "
                + digest
                + " ("
                + layers.get(i).size()
                + " bytes)");
        applyLayer(digest, files);
      }
    } catch (IOException | RegistryException e) {
      throw RegistryFailure.explain(e, reference, credential);
    }
    return files.build();
  }

  /**
   * Writes the image as {@code docker save} does: {@code manifest.json} naming the config and the
   * layers, which stay as the registry compressed them (Docker and Podman load them so).
   */
  @Override
  public void saveTo(Path tarball, String name) throws ImageReadException {
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(tarball))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      RegistryManifest.Image manifest = manifest();
      String config = manifest.config().digest().getHash() + ".json";
      addBlob(tar, config, manifest.config().digest());
      List<String> layers = new ArrayList<>();
      for (RegistryManifest.Blob layer : manifest.layers()) {
        String entry = layer.digest().getHash() + "/layer.tar";
        addBlob(tar, entry, layer.digest());
        layers.add(entry);
      }
      ObjectNode entry = Json.object();
      entry.put("Config", config);
      entry.set("RepoTags", Json.stringArray(List.of(name)));
      entry.set("Layers", Json.stringArray(layers));
      ArrayNode saved = Json.array();
      saved.add(entry);
      byte[] manifestJson = Json.compact(saved).getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry manifestEntry = new TarArchiveEntry("manifest.json");
      manifestEntry.setSize(manifestJson.length);
      tar.putArchiveEntry(manifestEntry);
      tar.write(manifestJson);
      tar.closeArchiveEntry();
    } catch (IOException | RegistryException e) {
      throw RegistryFailure.explain(e, reference, credential);
    }
  }

  private void addBlob(TarArchiveOutputStream tar, String entry, DescriptorDigest digest)
      throws IOException, RegistryException {
    Path blob = downloaded(digest);
    try {
      TarArchiveEntry header = new TarArchiveEntry(entry);
      header.setSize(Files.size(blob));
      tar.putArchiveEntry(header);
      Files.copy(blob, tar);
      tar.closeArchiveEntry();
    } finally {
      TemporaryPaths.delete(blob);
    }
  }

  private void applyLayer(DescriptorDigest digest, LayeredFilesystem.Builder files)
      throws IOException, RegistryException {
    Path blob = downloaded(digest);
    try {
      try (InputStream layer = LayerCompression.uncompressed(Files.newInputStream(blob))) {
        files.applyLayer(layer);
      }
    } finally {
      TemporaryPaths.delete(blob);
    }
  }

  /**
   * The blob, downloaded into a temporary file that the caller deletes (and that is deleted at exit
   * if the build is interrupted first); jib-core checks its digest.
   */
  private Path downloaded(DescriptorDigest digest) throws IOException, RegistryException {
    Path blob =
        TemporaryPaths.register(
            Files.createTempFile(access.temporaryDirectory(), "entrypoint-blob-", ".blob"));
    try (OutputStream out = Files.newOutputStream(blob)) {
      connection().pullBlob(digest, out);
    } catch (IOException | RegistryException | RuntimeException e) {
      TemporaryPaths.delete(blob);
      throw e;
    }
    return blob;
  }

  private RegistryManifest.Image manifest() throws IOException, RegistryException {
    if (manifest == null) {
      RegistryManifest pulled = connection().pullManifest(reference.getQualifier());
      if (pulled instanceof RegistryManifest.ImageList list) {
        pulled = connection().pullManifest(platformDigest(list));
      }
      if (!(pulled instanceof RegistryManifest.Image image)) {
        throw new ConfigurationException(
            source
                + " has a manifest of schema version "
                + pulled.schemaVersion()
                + ", which has no"
                + " config to read: push the image again with a current Docker, Podman or Jib.");
      }
      manifest = image;
    }
    return manifest;
  }

  private String platformDigest(RegistryManifest.ImageList list) {
    Set<String> architectures = new LinkedHashSet<>(List.of(HostPlatform.architecture(), "amd64"));
    for (String architecture : architectures) {
      List<String> digests = list.digestsFor(architecture, HostPlatform.OS);
      if (!digests.isEmpty()) {
        log.debug(
            source
                + " is a list of images; reading the one for "
                + HostPlatform.OS
                + "/"
                + architecture);
        return digests.get(0);
      }
    }
    throw new ConfigurationException(
        source
            + " lists images for other platforms only, none for "
            + HostPlatform.OS
            + "/"
            + String.join(" or " + HostPlatform.OS + "/", architectures)
            + ": name one of its images by digest"
            + " ("
            + reference.getRegistry()
            + "/"
            + reference.getRepository()
            + "@sha256:…) to read it anyway.");
  }

  /** The connection, logged in with the credential the chain has for the registry. */
  private RegistryConnection connection() throws IOException, RegistryException {
    if (connection == null) {
      credential = access.credentials().find(reference, RegistryCredentials.Use.PULL, log);
      connection = access.openRegistry(reference, credential, false, log);
    }
    return connection;
  }

  /** Closes the registry connections; every layer's temporary file is already deleted. */
  @Override
  public void close() {
    if (connection != null) {
      connection.close();
    }
  }
}
