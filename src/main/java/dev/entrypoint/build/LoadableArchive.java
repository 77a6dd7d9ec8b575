package dev.entrypoint.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Makes Jib's OCI image layout tarball load everywhere. Podman reads its {@code index.json}, but
 * Docker before version 25 reads only a {@code docker save} {@code manifest.json}; this adds one that
 * points at the same blobs, as {@code docker save} itself has written since Docker 25.
 */
final class LoadableArchive {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LoadableArchive() {}

  /** Copies {@code ociTar} to {@code target}, adding a {@code manifest.json} that tags the image. */
  static void write(Path ociTar, Path target, List<String> repoTags) throws IOException {
    Map<String, byte[]> metadata = new HashMap<>();
    try (OutputStream file = Files.newOutputStream(target);
        TarArchiveOutputStream out = new TarArchiveOutputStream(file);
        InputStream in = Files.newInputStream(ociTar);
        TarArchiveInputStream source = new TarArchiveInputStream(in)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (TarArchiveEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
        out.putArchiveEntry(entry);
        if (isMetadata(entry)) {
          byte[] content = source.readAllBytes();
          metadata.put(entry.getName(), content);
          out.write(content);
        } else {
          source.transferTo(out);
        }
        out.closeArchiveEntry();
      }
      byte[] manifestJson = dockerManifest(metadata, repoTags);
      TarArchiveEntry manifestEntry = new TarArchiveEntry("manifest.json");
      manifestEntry.setSize(manifestJson.length);
      manifestEntry.setModTime(0);
      out.putArchiveEntry(manifestEntry);
      out.write(manifestJson);
      out.closeArchiveEntry();
    }
  }

  /** index.json and the small JSON blobs (manifests, config) are kept to build manifest.json. */
  private static boolean isMetadata(TarArchiveEntry entry) {
    return entry.getName().equals("index.json")
        || (entry.getName().startsWith("blobs/") && entry.getSize() < 64 * 1024);
  }

  private static byte[] dockerManifest(Map<String, byte[]> metadata, List<String> repoTags)
      throws IOException {
    byte[] index = metadata.get("index.json");
    if (index == null) {
      throw new IOException("Jib's OCI tarball has no index.json");
    }
    String manifestDigest = JSON.readTree(index).path("manifests").path(0).path("digest").asText();
    JsonNode manifest = JSON.readTree(blob(metadata, manifestDigest));

    ObjectNode entry = JSON.createObjectNode();
    entry.put("Config", blobPath(manifest.path("config").path("digest").asText()));
    ArrayNode tags = entry.putArray("RepoTags");
    repoTags.forEach(tags::add);
    ArrayNode layers = entry.putArray("Layers");
    manifest.path("layers").forEach(layer -> layers.add(blobPath(layer.path("digest").asText())));
    return JSON.writeValueAsString(JSON.createArrayNode().add(entry)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] blob(Map<String, byte[]> metadata, String digest) throws IOException {
    byte[] content = metadata.get(blobPath(digest));
    if (content == null) {
      throw new IOException("Jib's OCI tarball has no blob " + digest);
    }
    return content;
  }

  private static String blobPath(String digest) {
    return "blobs/" + digest.replace(':', '/');
  }
}
