package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.tools.jib.api.ImageReference;
import dev.entrypoint.jib.OwnDockerClient;
import dev.entrypoint.testing.ImageTarballs;
import dev.entrypoint.testing.RecordingLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StoredLayerSave} through jib-core's Docker client, with a {@code docker} that fakes one.
 */
class StoredLayerSaveTest {

  private static final byte[] CONFIG = "{\"rootfs\":{}}".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();
  private final byte[] bottom = layer(70_000, 1);
  private final byte[] top = layer(3_000, 2);

  @Test
  void theLayersOfDockersOwnLayoutAreStoredInGzipAndTheRestIsCopied() throws Exception {
    Map<String, byte[]> saved = new LinkedHashMap<>();
    saved.put("a1/layer.tar", bottom);
    saved.put("a1/json", "{}".getBytes(StandardCharsets.UTF_8));
    saved.put("b2/layer.tar", top);
    saved.put("c3.json", CONFIG);
    saved.put("manifest.json", manifest("a1/layer.tar", "b2/layer.tar"));
    AtomicLong progress = new AtomicLong();

    Map<String, byte[]> output = save(saved, progress);

    assertThat(output.keySet()).containsExactlyElementsOf(saved.keySet());
    assertThat(gunzipped(output.get("a1/layer.tar"))).isEqualTo(bottom);
    assertThat(gunzipped(output.get("b2/layer.tar"))).isEqualTo(top);
    assertThat(output.get("c3.json")).isEqualTo(CONFIG);
    assertThat(output.get("manifest.json")).isEqualTo(saved.get("manifest.json"));
    assertThat(progress.get()).isEqualTo(total(saved));
    assertThat(log.lines()).contains("DEBUG docker save: 2 layer(s) of the base stored in gzip");
  }

  @Test
  void inTheOciLayoutOfDocker25TheBlobsNamedByADiffIdAreTheLayers() throws Exception {
    Map<String, byte[]> saved = new LinkedHashMap<>();
    saved.put("blobs/sha256/" + hex(bottom), bottom);
    saved.put("blobs/sha256/" + hex(top), top);
    saved.put("blobs/sha256/" + hex(CONFIG), CONFIG);
    saved.put("manifest.json", manifest("blobs/sha256/" + hex(bottom), "blobs/sha256/" + hex(top)));

    Map<String, byte[]> output = save(saved, new AtomicLong());

    assertThat(gunzipped(output.get("blobs/sha256/" + hex(bottom)))).isEqualTo(bottom);
    assertThat(gunzipped(output.get("blobs/sha256/" + hex(top)))).isEqualTo(top);
    assertThat(output.get("blobs/sha256/" + hex(CONFIG))).isEqualTo(CONFIG);
  }

  @Test
  void aLayoutWithLayersItCannotTellIsSavedAgainAsJibSavesIt() throws Exception {
    Map<String, byte[]> saved = new LinkedHashMap<>();
    saved.put("a1/layer.tar", bottom);
    saved.put("elsewhere/top", top);
    saved.put("manifest.json", manifest("a1/layer.tar", "elsewhere/top"));

    Map<String, byte[]> output = save(saved, new AtomicLong());

    assertThat(output.get("a1/layer.tar")).isEqualTo(bottom);
    assertThat(output.get("elsewhere/top")).isEqualTo(top);
    assertThat(log.text()).contains("saving it as jib-core does");
  }

  @Test
  void aFailedSaveSaysWhatDockerSaid() throws Exception {
    OwnDockerClient client = client("echo 'Error: No such image: base:1' >&2; exit 1");

    assertThatThrownBy(
            () -> client.save(ImageReference.parse("base:1"), dir.resolve("out.tar"), bytes -> {}))
        .isInstanceOf(IOException.class)
        .hasMessage("'docker save base:1' failed: Error: No such image: base:1");
    assertThat(dir).isDirectoryNotContaining("glob:**.err");
  }

  /** What {@code StoredLayerSave} writes for a {@code docker save} that gives {@code saved}. */
  private Map<String, byte[]> save(Map<String, byte[]> saved, AtomicLong progress)
      throws Exception {
    Path tarball = ImageTarballs.of(dir.resolve("saved.tar"), saved);
    OwnDockerClient client = client("[ \"$2\" = base:1 ] && exec cat " + tarball);
    ImageReference base = ImageReference.parse("base:1");
    client.inspect(base);
    Path output = dir.resolve("out.tar");

    client.save(base, output, progress::addAndGet);

    return ImageTarballs.entries(output);
  }

  /**
   * jib-core's Docker client with the save under test, for a {@code docker} that describes the
   * image of the test's layers and runs {@code save} for {@code docker save}.
   */
  private OwnDockerClient client(String save) throws IOException {
    String inspect =
        "{\"Id\":\"sha256:"
            + hex(CONFIG)
            + "\",\"Size\":1,\"RootFS\":{\"Layers\":[\"sha256:"
            + hex(bottom)
            + "\",\"sha256:"
            + hex(top)
            + "\"]}}";
    Path docker = dir.resolve("docker");
    Files.writeString(
        docker,
        "#!/bin/sh\ncase $1 in\n  inspect) echo '"
            + inspect
            + "' ;;\n  save) "
            + save
            + " ;;\nesac\n");
    Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
    return OwnDockerClient.savingWith(
        docker, Map.of(), new StoredLayerSave(new DockerCli(docker, Map.of()), log));
  }

  private static byte[] manifest(String... layers) {
    return ("[{\"Config\":\"c3.json\",\"RepoTags\":[\"base:1\"],\"Layers\":[\""
            + String.join("\",\"", layers)
            + "\"]}]")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gunzipped(byte[] gzip) throws IOException {
    assertThat(gzip[0]).isEqualTo((byte) 0x1f);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  private static long total(Map<String, byte[]> entries) {
    return entries.values().stream().mapToLong(content -> content.length).sum();
  }

  private static byte[] layer(int size, long seed) {
    byte[] content = new byte[size];
    new Random(seed).nextBytes(content);
    return content;
  }

  private static String hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
