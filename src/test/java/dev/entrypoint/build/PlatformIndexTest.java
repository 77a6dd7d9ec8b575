package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.Json;
import dev.entrypoint.image.HostPlatform;
import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.project.ManifestFormat;
import dev.entrypoint.testing.JavaSources;
import dev.entrypoint.testing.RecordingLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multi-platform images written as an OCI layout tarball, and the platform lists refused. */
class PlatformIndexTest {

  @TempDir Path dir;
  private Path classes;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void compileApplication() throws IOException {
    classes = JavaSources.compile(dir.resolve("app"), JavaSources.printingMain());
  }

  @Test
  void twoPlatformsMakeAnIndexThatListsBothAndIsTheImagesDigest() throws Exception {
    BuiltImage image =
        new ImageBuilder(log)
            .build(request("scratch", "tar", "linux/amd64,linux/arm64", ManifestFormat.OCI));

    Path tar = dir.resolve("out/image.tar");
    JsonNode layoutIndex = Json.read(entry(tar, "index.json"));
    assertThat(layoutIndex.path("manifests").path(0).path("digest").asText())
        .isEqualTo(image.digest());
    assertThat(
            layoutIndex
                .path("manifests")
                .path(0)
                .path("annotations")
                .path("org.opencontainers.image.ref.name")
                .asText())
        .isEqualTo("demo:1.0");
    byte[] index = entry(tar, "blobs/" + image.digest().replace(':', '/'));
    assertThat("sha256:" + sha256(index)).isEqualTo(image.digest());
    JsonNode manifests = Json.read(index).path("manifests");
    assertThat(manifests.findValuesAsText("architecture")).containsExactly("amd64", "arm64");
    assertThat(manifests.findValuesAsText("os")).containsExactly("linux", "linux");
    assertThat(Files.readString(dir.resolve("out/image.digest")).strip()).isEqualTo(image.digest());
  }

  @Test
  void eachPlatformsConfigNamesItsArchitectureAndDockerLoadsTheHosts() throws Exception {
    BuiltImage image =
        new ImageBuilder(log)
            .build(request("scratch", "tar", "linux/amd64,linux/arm64", ManifestFormat.OCI));

    Path tar = dir.resolve("out/image.tar");
    JsonNode index = Json.read(entry(tar, "blobs/" + image.digest().replace(':', '/')));
    for (JsonNode member : index.path("manifests")) {
      JsonNode manifest =
          Json.read(entry(tar, "blobs/" + member.path("digest").asText().replace(':', '/')));
      JsonNode config =
          Json.read(
              entry(
                  tar,
                  "blobs/" + manifest.path("config").path("digest").asText().replace(':', '/')));
      assertThat(config.path("architecture").asText())
          .isEqualTo(member.path("platform").path("architecture").asText());
    }
    try (ImageArchive archive = ImageArchive.open(tar)) {
      assertThat(archive.names()).containsExactly("demo:1.0");
      assertThat(Json.read(archive.configBytes()).path("architecture").asText())
          .isEqualTo(HostPlatform.architecture());
    }
    try (Stream<Path> left = Files.list(dir.resolve("out"))) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
  }

  @Test
  void theDockerTargetRefusesMoreThanOnePlatform() {
    assertThatThrownBy(
            () ->
                new ImageBuilder(log)
                    .build(
                        request(
                            "scratch", "docker", "linux/amd64,linux/arm64", ManifestFormat.OCI)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("the Docker daemon holds one platform's image under a name")
        .hasMessageContaining("<target>registry</target>");
  }

  @Test
  void theDockerFormatRefusesAnIndex() {
    assertThatThrownBy(
            () ->
                new ImageBuilder(log)
                    .build(
                        request(
                            "scratch", "tar", "linux/amd64,linux/arm64", ManifestFormat.DOCKER)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<format>OCI</format>");
  }

  @Test
  void aJlinkBaseRefusesAnotherArchitectureWithTheWayOut() {
    String other = HostPlatform.architecture().equals("arm64") ? "amd64" : "arm64";

    assertThatThrownBy(
            () ->
                new ImageBuilder(log)
                    .build(request("jlink", "tar", "linux/" + other, ManifestFormat.OCI)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<from><image>jlink</image> links the runtime and libraries")
        .hasMessageContaining("<from><platforms> lists linux/" + other)
        .hasMessageContaining("eclipse-temurin:");
  }

  private ImageBuildRequest request(
      String base, String target, String platforms, ManifestFormat format) {
    return ImageBuildRequest.builder()
        .base(BaseImage.parse(base, dir))
        .application(new JavaApplication(classes, List.of(), null, List.of(), 17, "/app"))
        .container(ContainerSettings.builder().format(format).build())
        .target(ImageTarget.of(target, "demo:1.0", List.of()))
        .platforms(TargetPlatforms.parse(List.of(platforms.split(","))))
        .outputDir(dir.resolve("out"))
        .cacheDir(dir.resolve("cache"))
        .applicationCacheDir(dir.resolve("out-cache"))
        .build();
  }

  private static byte[] entry(Path tar, String name) throws IOException {
    try (TarFile file = new TarFile(tar)) {
      for (TarArchiveEntry entry : file.getEntries()) {
        if (entry.getName().equals(name)) {
          try (InputStream in = file.getInputStream(entry)) {
            return in.readAllBytes();
          }
        }
      }
    }
    throw new AssertionError(tar + " has no " + name);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
