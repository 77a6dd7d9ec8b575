package dev.entrypoint.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrypoint.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * Makes Jib's OCI image layout tarball load everywhere. Podman reads its {@code index.json}, but
 * Docker before version 25 reads only a {@code docker save} {@code manifest.json}; this adds one
 * that points at the same blobs, as {@code docker save} itself has written since Docker 25.
 *
 * <p>The entry is appended in place, over the tarball's end-of-archive blocks, so the layers are
 * neither read nor copied again.
 */
final class LoadableArchive {

  private static final int TAR_BLOCK = 512;

  private LoadableArchive() {}

  /**
   * Appends to {@code ociTar} a {@code manifest.json} that tags the image with {@code repoTags}.
   */
  static void addDockerManifest(Path ociTar, List<String> repoTags) throws IOException {
    byte[] manifestJson;
    long end = 0;
    try (TarFile tar = new TarFile(ociTar)) {
      Map<String, TarArchiveEntry> entries = new HashMap<>();
      for (TarArchiveEntry entry : tar.getEntries()) {
        entries.put(entry.getName(), entry);
        end = Math.max(end, entry.getDataOffset() + blocks(entry.getSize()));
      }
      manifestJson = dockerManifest(tar, entries, repoTags);
    }
    try (FileChannel channel = FileChannel.open(ociTar, StandardOpenOption.WRITE)) {
      channel.truncate(end);
      channel.position(end);
      try (TarArchiveOutputStream out =
          new TarArchiveOutputStream(Channels.newOutputStream(channel))) {
        TarArchiveEntry manifestEntry = new TarArchiveEntry("manifest.json");
        manifestEntry.setSize(manifestJson.length);
        manifestEntry.setModTime(0);
        out.putArchiveEntry(manifestEntry);
        out.write(manifestJson);
        out.closeArchiveEntry();
      }
    }
  }

  /** The bytes an entry's content takes in a tarball: its size rounded up to whole blocks. */
  private static long blocks(long size) {
    return (size + TAR_BLOCK - 1) / TAR_BLOCK * TAR_BLOCK;
  }

  private static byte[] dockerManifest(
      TarFile tar, Map<String, TarArchiveEntry> entries, List<String> repoTags) throws IOException {
    String manifestDigest =
        Json.read(read(tar, entries, "index.json"))
            .path("manifests")
            .path(0)
            .path("digest")
            .asText();
    JsonNode manifest = Json.read(read(tar, entries, blobPath(manifestDigest)));
    List<String> layers = new ArrayList<>();
    manifest.path("layers").forEach(layer -> layers.add(blobPath(layer.path("digest").asText())));
    return ManifestJson.dockerSave(
        blobPath(manifest.path("config").path("digest").asText()), repoTags, layers);
  }

  private static byte[] read(TarFile tar, Map<String, TarArchiveEntry> entries, String name)
      throws IOException {
    TarArchiveEntry entry = entries.get(name);
    if (entry == null) {
      throw new IOException("Jib's OCI tarball has no " + name);
    }
    try (InputStream in = tar.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static String blobPath(String digest) {
    return "blobs/" + digest.replace(':', '/');
  }
}
