package dev.entrypoint.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Writes small {@code docker save} tarballs with no layers: just a config, for base images. */
public final class ImageTarballs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ImageTarballs() {}

  /** A tarball in {@code dir} of an image with this ENTRYPOINT and CMD (either may be null). */
  public static Path withLaunch(Path dir, List<String> entrypoint, List<String> cmd)
      throws IOException {
    return write(dir, entrypoint, cmd, List.of());
  }

  /**
   * A tarball in {@code dir} of an image with neither ENTRYPOINT nor CMD, tagged with {@code
   * names}.
   */
  public static Path named(Path dir, String... names) throws IOException {
    return write(dir, null, null, List.of(names));
  }

  private static Path write(Path dir, List<String> entrypoint, List<String> cmd, List<String> names)
      throws IOException {
    ObjectNode config = JSON.createObjectNode();
    ObjectNode inner = config.putObject("config");
    inner.set("Entrypoint", JSON.valueToTree(entrypoint));
    inner.set("Cmd", JSON.valueToTree(cmd));
    config.putObject("rootfs").put("type", "layers").putArray("diff_ids");
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("Config", "config.json");
    manifest.putArray("Layers");
    names.forEach(manifest.putArray("RepoTags")::add);
    Path tar = dir.resolve("base.tar");
    try (OutputStream out = Files.newOutputStream(tar);
        TarArchiveOutputStream archive = new TarArchiveOutputStream(out)) {
      add(archive, "config.json", JSON.writeValueAsBytes(config));
      add(
          archive,
          "manifest.json",
          JSON.writeValueAsString(JSON.createArrayNode().add(manifest))
              .getBytes(StandardCharsets.UTF_8));
    }
    return tar;
  }

  private static void add(TarArchiveOutputStream archive, String name, byte[] content)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(content.length);
    archive.putArchiveEntry(entry);
    archive.write(content);
    archive.closeArchiveEntry();
  }
}
