package dev.entrypoint.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes an image tarball as {@code docker save} lays it out: manifest.json, the config, one tar
 * per layer.
 */
final class DockerSaveTarball {

  private DockerSaveTarball() {}

  /**
   * Writes the image with {@code configJson} and {@code layers} (bottom first) to {@code target}.
   */
  static Path write(Path target, String configJson, LayerTar... layers) throws IOException {
    List<String> layerNames = new ArrayList<>();
    for (int i = 0; i < layers.length; i++) {
      layerNames.add("\"layer" + i + "/layer.tar\"");
    }
    String manifest =
        "[{\"Config\":\"config.json\",\"RepoTags\":[\"ep-image-test:1\"],\"Layers\":["
            + String.join(",", layerNames)
            + "]}]";
    try (OutputStream out = Files.newOutputStream(target);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      add(tar, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
      add(tar, "config.json", configJson.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < layers.length; i++) {
        add(tar, "layer" + i + "/layer.tar", layers[i].bytes());
      }
    }
    return target;
  }

  private static void add(TarArchiveOutputStream tar, String name, byte[] content)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(content.length);
    tar.putArchiveEntry(entry);
    tar.write(content);
    tar.closeArchiveEntry();
  }
}
