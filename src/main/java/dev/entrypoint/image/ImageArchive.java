package dev.entrypoint.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrypoint.Json;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * An image tarball opened for reading: a {@code docker save} archive (with {@code manifest.json})
 * or an OCI image layout archive (with {@code index.json}), or both at once as this plugin writes
 * them. Gives the image's config and its layers, uncompressed, in order.
 */
public final class ImageArchive implements Closeable {

  private final Path path;
  private final TarFile tar;
  private final Map<String, TarArchiveEntry> entries = new HashMap<>();
  private final byte[] configBytes;
  private final List<String> layerEntries;
  private final List<String> names = new ArrayList<>();

  private ImageArchive(Path path, TarFile tar) throws IOException {
    this.path = path;
    this.tar = tar;
    for (TarArchiveEntry entry : tar.getEntries()) {
      entries.put(normalize(entry.getName()), entry);
    }
    if (entries.containsKey("manifest.json")) {
      JsonNode manifest = json("manifest.json").path(0);
      manifest.path("RepoTags").forEach(tag -> names.add(tag.asText()));
      configBytes = bytes(manifest.path("Config").asText());
      layerEntries = new ArrayList<>();
      manifest.path("Layers").forEach(layer -> layerEntries.add(normalize(layer.asText())));
    } else if (entries.containsKey("index.json")) {
      JsonNode index = json("index.json");
      index
          .path("manifests")
          .forEach(
              m -> {
                String name =
                    m.path("annotations").path("org.opencontainers.image.ref.name").asText("");
                if (name.contains(":") || name.contains("/")) {
                  names.add(name);
                }
              });
      JsonNode manifest = ociManifest(index);
      configBytes = bytes(blobPath(manifest.path("config").path("digest").asText()));
      layerEntries = new ArrayList<>();
      manifest
          .path("layers")
          .forEach(layer -> layerEntries.add(blobPath(layer.path("digest").asText())));
    } else {
      throw new IOException(
          path
              + " is not an image tarball: it holds neither manifest.json (docker save) nor"
              + " index.json (OCI image layout)");
    }
  }

  /** Opens an image tarball. */
  public static ImageArchive open(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such image tarball");
    }
    Optional<String> compression = LayerCompression.of(path);
    if (compression.isPresent()) {
      throw new IOException(
          path
              + " is a "
              + compression.get()
              + "-compressed file, and an image tarball is a plain tar: decompress it first"
              + " (such as 'gunzip -k FILE.gz'), or save the image again without compressing it");
    }
    TarFile tar = new TarFile(path);
    try {
      return new ImageArchive(path, tar);
    } catch (IOException | RuntimeException e) {
      tar.close();
      throw e;
    }
  }

  /** The names the archive tags its image with ({@code RepoTags}, or OCI reference names). */
  public List<String> names() {
    return List.copyOf(names);
  }

  /** The image's config. */
  public ImageConfig config() throws IOException {
    return ImageConfig.parse(configBytes);
  }

  /** The raw config blob, byte for byte. */
  public byte[] configBytes() {
    return configBytes.clone();
  }

  /** How many layers the image has. */
  public int layerCount() {
    return layerEntries.size();
  }

  /**
   * The digest of the manifest an OCI layout archive's {@code index.json} names first; empty for a
   * {@code docker save} archive without one.
   */
  public Optional<String> ociManifestDigest() throws IOException {
    if (!entries.containsKey("index.json")) {
      return Optional.empty();
    }
    String digest = json("index.json").path("manifests").path(0).path("digest").asText("");
    return digest.isEmpty() ? Optional.empty() : Optional.of(digest);
  }

  /** The blob with {@code digest} of an OCI layout archive, as stored (layers compressed). */
  public InputStream openBlob(String digest) throws IOException {
    return tar.getInputStream(entry(blobPath(digest)));
  }

  /** Layer {@code index} (0 is the bottom), uncompressed whatever its stored compression. */
  public InputStream openLayer(int index) throws IOException {
    return LayerCompression.uncompressed(tar.getInputStream(entry(layerEntries.get(index))));
  }

  private JsonNode ociManifest(JsonNode index) throws IOException {
    JsonNode node = index;
    for (int depth = 0; depth < 4; depth++) {
      JsonNode manifests = node.path("manifests");
      if (!manifests.isArray()) {
        return node;
      }
      if (manifests.isEmpty()) {
        throw new IOException(path + ": index.json lists no manifest");
      }
      node = Json.read(bytes(blobPath(pickManifest(manifests).path("digest").asText())));
    }
    throw new IOException(path + ": image indexes nest too deep");
  }

  private static JsonNode pickManifest(JsonNode manifests) {
    for (JsonNode manifest : manifests) {
      JsonNode platform = manifest.path("platform");
      if (platform.isMissingNode() || "linux".equals(platform.path("os").asText())) {
        return manifest;
      }
    }
    return manifests.get(0);
  }

  private static String blobPath(String digest) {
    return "blobs/" + digest.replace(':', '/');
  }

  private JsonNode json(String name) throws IOException {
    return Json.read(bytes(name));
  }

  private byte[] bytes(String name) throws IOException {
    try (InputStream in = tar.getInputStream(entry(normalize(name)))) {
      return in.readAllBytes();
    }
  }

  private TarArchiveEntry entry(String name) throws IOException {
    TarArchiveEntry entry = entries.get(name);
    if (entry == null) {
      throw new IOException(path + " is incomplete: it has no " + name);
    }
    return entry;
  }

  private static String normalize(String name) {
    return name.startsWith("./") ? name.substring(2) : name;
  }

  @Override
  public void close() throws IOException {
    tar.close();
  }
}
