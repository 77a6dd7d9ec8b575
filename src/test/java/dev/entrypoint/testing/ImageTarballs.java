package dev.entrypoint.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes small {@code docker save} tarballs with no layers (just a config, for base images), or
 * with the entries a test gives, and reads a tarball's entries back.
 */
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

  /** Writes a tarball at {@code tarball} of {@code entries}, by name, in their order. */
  public static Path of(Path tarball, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(tarball);
        TarArchiveOutputStream archive = new TarArchiveOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        add(archive, entry.getKey(), entry.getValue());
      }
    }
    return tarball;
  }

  /** The entries of {@code tarball}, by name, in their order. */
  public static Map<String, byte[]> entries(Path tarball) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (TarArchiveInputStream archive = new TarArchiveInputStream(Files.newInputStream(tarball))) {
      for (TarArchiveEntry entry = archive.getNextEntry();
          entry != null;
          entry = archive.getNextEntry()) {
        entries.put(entry.getName(), archive.readAllBytes());
      }
    }
    return entries;
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
