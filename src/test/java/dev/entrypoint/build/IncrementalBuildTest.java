package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.jib.Descriptor;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.testing.JavaSources;
import dev.entrypoint.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds that change the last image rather than build it again: they must give the image, byte for
 * byte, that jib-core gives when it builds it whole, and step aside whenever they cannot.
 */
class IncrementalBuildTest {

  @TempDir Path dir;
  private RecordingLog log;
  private Path classes;
  private Path jar;

  @BeforeEach
  void application() throws Exception {
    classes = JavaSources.compile(dir.resolve("app"), greeter("first"));
    Files.writeString(classes.resolve("app.properties"), "name=demo\n");
    jar = dir.resolve("lib/helper-1.0.jar");
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("helper/Helper.txt"));
      out.write("help".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aChangedClassRebuildsOnlyItsLayerAndGivesJibCoresTarballByteForByte() throws Exception {
    build(ContainerSettings.builder());
    recompile("second");

    BuiltImage changed = build(ContainerSettings.builder());

    assertThat(log.lines())
        .containsOnlyOnce("INFO Changed the last image: rebuilt classes, kept 3 other layers");
    byte[] incremental = Files.readAllBytes(dir.resolve("out/image.tar"));
    byte[] incrementalConfig = Files.readAllBytes(dir.resolve("out/image.json"));
    Files.delete(dir.resolve("out/image.inputs"));
    BuiltImage whole = build(ContainerSettings.builder());
    assertThat(log.text()).doesNotContain("Changed the last image");
    assertThat(whole.digest()).isEqualTo(changed.digest());
    assertThat(whole.imageId()).isEqualTo(changed.imageId());
    assertThat(whole.launch()).isEqualTo(changed.launch());
    assertThat(whole.layerCount()).isEqualTo(changed.layerCount()).isEqualTo(4);
    assertThat(Files.readAllBytes(dir.resolve("out/image.tar"))).isEqualTo(incremental);
    assertThat(Files.readAllBytes(dir.resolve("out/image.json"))).isEqualTo(incrementalConfig);
  }

  @Test
  void anIncrementalBuildRecordsWhatTheNextOneNeeds() throws Exception {
    build(ContainerSettings.builder());
    recompile("second");
    BuiltImage second = build(ContainerSettings.builder());
    assertThat(log.text()).contains("Changed the last image");
    recompile("third");

    BuiltImage third = build(ContainerSettings.builder());

    assertThat(log.text()).contains("Changed the last image");
    assertThat(third.digest()).isNotEqualTo(second.digest());
    assertThat(build(ContainerSettings.builder()).reused()).isTrue();
  }

  @Test
  void aClassWithANewTimeButTheSameBytesKeepsTheImage() throws Exception {
    BuiltImage first = build(ContainerSettings.builder());
    Path main = classes.resolve("demo/Main.class");
    Files.setLastModifiedTime(main, FileTime.from(Instant.now().plusSeconds(60)));

    BuiltImage touched = build(ContainerSettings.builder());

    assertThat(log.lines()).contains("INFO No layer changed: the image is the last one");
    assertThat(touched.digest()).isEqualTo(first.digest());
    assertThat(touched.reused()).isFalse();
  }

  @Test
  void aChangedSettingBuildsTheWholeImage() throws Exception {
    build(ContainerSettings.builder());
    recompile("second");

    build(ContainerSettings.builder().labels(Map.of("team", "shop")));

    assertThat(log.text()).doesNotContain("Changed the last image");
  }

  @Test
  void aLastTarballThatIsGoneOrAnotherImagesBuildsTheWholeImage() throws Exception {
    build(ContainerSettings.builder());
    Path tarball = dir.resolve("out/image.tar");
    byte[] firstTarball = Files.readAllBytes(tarball);
    recompile("second");
    Files.delete(tarball);

    BuiltImage second = build(ContainerSettings.builder());
    assertThat(log.text()).doesNotContain("Changed the last image");
    assertThat(second.sizeBytes()).isPositive();

    recompile("third");
    Files.write(tarball, firstTarball);
    BuiltImage third = build(ContainerSettings.builder());
    assertThat(log.text()).doesNotContain("Changed the last image");
    assertThat(third.digest()).isNotEqualTo(second.digest());
  }

  @Test
  void theConfigGetsTheNewDiffIdsInPlace() {
    byte[] config =
        "{\"a\":\"sha256:1\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:1\",\"sha256:2\"]}}"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(
            IncrementalBuild.withDiffIds(
                config, layers("sha256:1", "sha256:2"), layers("sha256:1", "sha256:3")))
        .hasValueSatisfying(
            changed ->
                assertThat(new String(changed, StandardCharsets.UTF_8))
                    .isEqualTo(
                        "{\"a\":\"sha256:1\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:1\",\"sha256:3\"]}}"));
    assertThat(
            IncrementalBuild.withDiffIds(
                config, layers("sha256:1", "sha256:2"), layers("sha256:4", "sha256:2")))
        .as("a diff ID to replace that is there twice")
        .isEmpty();
    assertThat(
            IncrementalBuild.withDiffIds(
                config, layers("sha256:1", "sha256:9"), layers("sha256:1", "sha256:3")))
        .as("a diff ID to replace that is not there")
        .isEmpty();
    assertThat(
            IncrementalBuild.withDiffIds(
                config, layers("sha256:1", "sha256:2"), layers("sha256:1", "sha256:1")))
        .as("a diff ID to put in that is there already")
        .isEmpty();
  }

  private static List<ImageLayer> layers(String... diffIds) {
    return Arrays.stream(diffIds)
        .map(id -> new ImageLayer(new Descriptor("sha256:" + "0".repeat(64), 1), id))
        .toList();
  }

  private static Map<String, String> greeter(String greeting) {
    return Map.of(
        "demo.Main",
        "package demo;\npublic class Main {\n"
            + "  public static void main(String[] args) { System.out.println(\""
            + greeting
            + "\"); }\n}\n");
  }

  /** Compiles the class again with another greeting: its bytes, size and time change. */
  private void recompile(String greeting) throws Exception {
    JavaSources.compile(dir.resolve("app"), greeter(greeting));
    Path main = classes.resolve("demo/Main.class");
    Files.setLastModifiedTime(main, FileTime.from(Instant.now().plusSeconds(5)));
  }

  private BuiltImage build(ContainerSettings.Builder container) throws Exception {
    log = new RecordingLog();
    return new ImageBuilder(log)
        .build(
            ImageBuildRequest.builder()
                .base(BaseImage.parse("scratch", dir))
                .application(
                    new JavaApplication(
                        classes,
                        List.of(new Dependency(jar, Dependency.Kind.RELEASE)),
                        "demo.Main",
                        List.of(),
                        17,
                        "/app"))
                .container(container.build())
                .target(ImageTarget.of("tar", "demo:1.0", List.of()))
                .outputDir(dir.resolve("out"))
                .cacheDir(dir.resolve("cache"))
                .applicationCacheDir(dir.resolve("app-cache"))
                .build());
  }
}
