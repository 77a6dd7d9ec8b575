package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrypoint.Json;
import dev.entrypoint.engine.EngineOptions;
import dev.entrypoint.jib.StoredGzipOutputStream;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.testing.RecordingLog;
import dev.entrypoint.testing.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docker target on a real Docker engine: a load leaves out the layers the daemon holds; and a
 * {@code docker://} base's layers stored in gzip, not compressed, on their way to a tarball.
 */
class DockerTargetLoadEngineIT {

  private static final String IMAGE = "ep-bench-it/docker-target:1";

  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();

  @AfterEach
  void removeImage() throws Exception {
    TestImages.run(List.of("docker", "image", "rm", "--force", IMAGE));
  }

  @Test
  void theLayersTheDaemonHoldsAreLeftOutAndTheImageRuns() throws Exception {
    String base = TestImages.busyboxInDocker();
    greeting("first");
    new ImageBuilder(log).build(request("docker://" + base));
    greeting("second");
    // Without the last build's record the image is built whole, by jib-core.
    Files.delete(dir.resolve("out/image.inputs"));

    BuiltImage second = new ImageBuilder(log).build(request("docker://" + base));

    assertThat(log.lines())
        .filteredOn(line -> line.contains("docker load: left out"))
        .containsExactly(
            "DEBUG docker load: left out 0 layer file(s) the daemon holds",
            "DEBUG docker load: left out 1 layer file(s) the daemon holds");
    assertThat(inspect("{{.Id}}")).isEqualTo(second.imageId());
    assertThat(TestImages.run(List.of("docker", "run", "--rm", IMAGE)).output())
        .isEqualTo("second");
  }

  @Test
  void aChangedFileIsLoadedAloneAndGivesTheImageAWholeBuildGives() throws Exception {
    String base = TestImages.busyboxInDocker();
    greeting("first");
    new ImageBuilder(log).build(request("docker://" + base));
    greeting("second, longer");

    BuiltImage changed = new ImageBuilder(log).build(request("docker://" + base));

    assertThat(log.lines())
        .contains("INFO Changed the last image: rebuilt extra files, kept 1 other layer");
    assertThat(inspect("{{.Id}}")).isEqualTo(changed.imageId());
    assertThat(TestImages.run(List.of("docker", "run", "--rm", IMAGE)).output())
        .isEqualTo("second, longer");
    Files.delete(dir.resolve("out/image.inputs"));
    BuiltImage whole = new ImageBuilder(log).build(request("docker://" + base));
    assertThat(whole.digest()).isEqualTo(changed.digest());
    assertThat(whole.imageId()).isEqualTo(changed.imageId());
  }

  @Test
  void whenTheLastImageIsGoneFromTheDaemonTheWholeImageIsLoaded() throws Exception {
    greeting("first");
    new ImageBuilder(log).build(request("scratch"));
    removeImage();
    greeting("second");

    BuiltImage second = new ImageBuilder(log).build(request("scratch"));

    assertThat(log.text()).doesNotContain("Changed the last image");
    assertThat(inspect("{{.Id}}")).isEqualTo(second.imageId());
  }

  @Test
  void whenTheDaemonLacksALayerItWasSaidToHoldTheWholeImageIsLoaded() throws Exception {
    greeting("from scratch");
    new ImageBuilder(log).build(request("scratch"));
    List<String> diffIds =
        List.of(inspect("{{range .RootFS.Layers}}{{println .}}{{end}}").split("\n"));
    removeImage();
    DaemonImages real =
        DaemonImages.docker(DockerCli.of(EngineOptions.defaults(EngineKind.DOCKER)));
    DaemonImages mistaken =
        new DaemonImages() {
          @Override
          public Optional<String> imageId(String name) throws InterruptedException {
            return real.imageId(name);
          }

          @Override
          public List<String> layers(String name) {
            return diffIds;
          }

          @Override
          public void load(Path tarball) throws IOException, InterruptedException {
            real.load(tarball);
          }
        };

    BuiltImage image = new ImageBuilder(log, docker -> mistaken).build(request("scratch"));

    assertThat(log.text()).contains("failed, loading them all");
    assertThat(inspect("{{.Id}}")).isEqualTo(image.imageId());
    assertThat(
            TestImages.run(
                    List.of(
                        "docker",
                        "image",
                        "save",
                        "-o",
                        dir.resolve("saved.tar").toString(),
                        IMAGE))
                .exitCode())
        .isZero();
  }

  @Test
  void aDockerBaseGoesIntoATarballStoredInGzipTheSameInEveryColdBuild() throws Exception {
    String base = TestImages.busyboxInDocker();
    greeting("stored");
    BuiltImage first = new ImageBuilder(log).build(request("docker://" + base, "tar", "cache-1"));
    Files.delete(dir.resolve("out/image.inputs"));

    BuiltImage second = new ImageBuilder(log).build(request("docker://" + base, "tar", "cache-2"));

    assertThat(second.digest()).isEqualTo(first.digest());
    Map<String, byte[]> tarball = new HashMap<>();
    try (TarFile tar = new TarFile(dir.resolve("out/image.tar"))) {
      for (TarArchiveEntry entry : tar.getEntries()) {
        tarball.put(entry.getName(), tar.getInputStream(entry).readAllBytes());
      }
    }
    JsonNode manifest =
        Json.read(blob(tarball, Json.read(tarball.get("index.json")).path("manifests").path(0)));
    byte[] baseLayer = blob(tarball, manifest.path("layers").path(0));
    // A gzip member whose first deflate block is stored (BTYPE 00), as long as storing makes it.
    assertThat(baseLayer[0]).isEqualTo((byte) 0x1f);
    assertThat(baseLayer[10] & 0b110).isZero();
    try (InputStream layer = new GZIPInputStream(new ByteArrayInputStream(baseLayer))) {
      long length = layer.transferTo(OutputStream.nullOutputStream());
      assertThat(baseLayer.length).isEqualTo(StoredGzipOutputStream.size(length));
    }
    assertThat(
            TestImages.run(List.of("docker", "load", "-i", dir.resolve("out/image.tar").toString()))
                .exitCode())
        .isZero();
    assertThat(TestImages.run(List.of("docker", "run", "--rm", IMAGE)).output())
        .isEqualTo("stored");
  }

  private static byte[] blob(Map<String, byte[]> tarball, JsonNode descriptor) {
    return tarball.get("blobs/sha256/" + descriptor.path("digest").asText().substring(7));
  }

  private void greeting(String text) throws Exception {
    Files.createDirectories(dir.resolve("extra"));
    Files.writeString(dir.resolve("extra/greeting"), text);
  }

  private ImageBuildRequest request(String base) {
    return request(base, "docker", "cache");
  }

  private ImageBuildRequest request(String base, String target, String cache) {
    return ImageBuildRequest.builder()
        .base(BaseImage.parse(base, dir))
        .extraFiles(dir.resolve("extra"))
        .container(ContainerSettings.builder().entrypoint(List.of("/bin/cat", "/greeting")).build())
        .target(ImageTarget.of(target, IMAGE, List.of()))
        .outputDir(dir.resolve("out"))
        .cacheDir(dir.resolve(cache))
        .applicationCacheDir(dir.resolve("app-cache"))
        .build();
  }

  private static String inspect(String format) throws Exception {
    return TestImages.run(List.of("docker", "image", "inspect", "--format", format, IMAGE))
        .output()
        .strip();
  }
}
