package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.testing.ImageTarballs;
import dev.entrypoint.testing.RecordingLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredTarBaseTest {

  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();
  private final byte[] layer = new byte[80_000];

  StoredTarBaseTest() {
    new Random(3).nextBytes(layer);
  }

  @Test
  void plainLayersAreStoredInACopyInTheCacheThatLaterBuildsReuse() throws Exception {
    Path base = tarball(layer);

    Path stored = StoredTarBase.of(base, dir.resolve("cache"), log);

    assertThat(stored).startsWith(dir.resolve("cache/tar-base-stored"));
    Map<String, byte[]> entries = ImageTarballs.entries(stored);
    assertThat(entries.keySet()).containsExactly("a1/layer.tar", "c3.json", "manifest.json");
    try (InputStream in =
        new GZIPInputStream(new ByteArrayInputStream(entries.get("a1/layer.tar")))) {
      assertThat(in.readAllBytes()).isEqualTo(layer);
    }
    // A copy made again would have the time of now.
    FileTime marked = FileTime.fromMillis(1_000);
    Files.setLastModifiedTime(stored, marked);
    assertThat(StoredTarBase.of(base, dir.resolve("cache"), log)).isEqualTo(stored);
    assertThat(Files.getLastModifiedTime(stored)).isEqualTo(marked);
  }

  @Test
  void aNewVersionOfTheBaseFileReplacesTheCopyOfTheLastOne() throws Exception {
    Path base = tarball(layer);
    Path first = StoredTarBase.of(base, dir.resolve("cache"), log);
    layer[0]++;
    tarball(layer);
    Files.setLastModifiedTime(
        base, FileTime.fromMillis(Files.getLastModifiedTime(base).toMillis() + 5_000));

    Path second = StoredTarBase.of(base, dir.resolve("cache"), log);

    assertThat(second).isNotEqualTo(first);
    assertThat(first).doesNotExist();
    assertThat(dir.resolve("cache/tar-base-stored"))
        .isDirectoryContaining(path -> path.equals(second));
  }

  @Test
  void aBaseWhoseLayersAreCompressedIsReadAsItIs() throws Exception {
    ByteArrayOutputStream gzip = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
      out.write(layer);
    }
    Path base = tarball(gzip.toByteArray());

    assertThat(StoredTarBase.of(base, dir.resolve("cache"), log)).isEqualTo(base.toAbsolutePath());
    assertThat(dir.resolve("cache/tar-base-stored")).doesNotExist();
  }

  private Path tarball(byte[] layerContent) throws IOException {
    Map<String, byte[]> saved = new LinkedHashMap<>();
    saved.put("a1/layer.tar", layerContent);
    saved.put("c3.json", "{}".getBytes(StandardCharsets.UTF_8));
    saved.put(
        "manifest.json",
        "[{\"Config\":\"c3.json\",\"Layers\":[\"a1/layer.tar\"]}]"
            .getBytes(StandardCharsets.UTF_8));
    return ImageTarballs.of(dir.resolve("base.tar"), saved);
  }
}
