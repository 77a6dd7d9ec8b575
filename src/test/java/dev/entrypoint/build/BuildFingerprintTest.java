package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.testing.JavaSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes two builds' inputs the same, with a daemon that answers from a map. */
class BuildFingerprintTest {

  @TempDir Path dir;
  private final Map<String, String> daemonImages = new HashMap<>();
  private final DaemonImages daemon =
      new DaemonImages() {
        @Override
        public Optional<String> imageId(String name) {
          return Optional.ofNullable(daemonImages.get(name));
        }

        @Override
        public List<String> layers(String name) {
          return List.of();
        }

        @Override
        public void load(Path tarball) throws IOException, InterruptedException {
          throw new AssertionError("loaded " + tarball);
        }
      };

  @Test
  void aDockerBaseWithTheSameImageIdGivesTheSameFingerprint() throws Exception {
    daemonImages.put("base:1", "sha256:" + "a".repeat(64));
    ImageBuildRequest request = request("docker://base:1");

    assertThat(BuildFingerprint.of(request, daemon).map(BuildFingerprint::inputs))
        .isPresent()
        .isEqualTo(BuildFingerprint.of(request, daemon).map(BuildFingerprint::inputs));
  }

  @Test
  void aNewImageUnderTheDockerBaseNameChangesTheFingerprint() throws Exception {
    ImageBuildRequest request = request("docker://base:1");
    daemonImages.put("base:1", "sha256:" + "a".repeat(64));
    Optional<String> before = BuildFingerprint.of(request, daemon).map(BuildFingerprint::inputs);

    daemonImages.put("base:1", "sha256:" + "b".repeat(64));

    assertThat(BuildFingerprint.of(request, daemon).map(BuildFingerprint::inputs))
        .isPresent()
        .isNotEqualTo(before);
  }

  @Test
  void aDockerBaseTheDaemonLacksLeavesTheBuildWithoutAFingerprint() throws Exception {
    assertThat(
            BuildFingerprint.of(request("docker://base:1"), daemon).map(BuildFingerprint::inputs))
        .isEmpty();
  }

  @Test
  void aRegistryBaseByTagHasNoFingerprintAndTheDaemonIsNotAsked() throws Exception {
    DaemonImages unreachable =
        new DaemonImages() {
          @Override
          public Optional<String> imageId(String name) {
            throw new AssertionError("asked the daemon about " + name);
          }

          @Override
          public List<String> layers(String name) {
            throw new AssertionError("asked the daemon about " + name);
          }

          @Override
          public void load(Path tarball) throws IOException, InterruptedException {
            throw new AssertionError("loaded " + tarball);
          }
        };

    assertThat(
            BuildFingerprint.of(request("eclipse-temurin:21-jre"), unreachable)
                .map(BuildFingerprint::inputs))
        .isEmpty();
  }

  @Test
  void aChangedClassChangesTheInputsButNotTheFrame() throws Exception {
    ImageBuildRequest request = request("scratch");
    BuildFingerprint before = BuildFingerprint.of(request, daemon).orElseThrow();
    Path main = dir.resolve("app/classes/demo/Main.class");
    Files.write(main, Files.readAllBytes(main), StandardOpenOption.APPEND);

    BuildFingerprint after = BuildFingerprint.of(request, daemon).orElseThrow();

    assertThat(after.inputs()).isNotEqualTo(before.inputs());
    assertThat(after.frame(List.of("launch"))).isEqualTo(before.frame(List.of("launch")));
    assertThat(after.frame(List.of("other launch"))).isNotEqualTo(before.frame(List.of("launch")));
  }

  @Test
  void aNewBaseTarballChangesTheFrame() throws Exception {
    Path base = dir.resolve("base.tar");
    Files.writeString(base, "one image");
    ImageBuildRequest request = request("tar://" + base);
    String before = BuildFingerprint.of(request, daemon).orElseThrow().frame(List.of());

    Files.writeString(base, "another image, saved later");

    assertThat(BuildFingerprint.of(request, daemon).orElseThrow().frame(List.of()))
        .isNotEqualTo(before);
  }

  private ImageBuildRequest request(String base) throws Exception {
    Path classes = JavaSources.compile(dir.resolve("app"), JavaSources.printingMain());
    return ImageBuildRequest.builder()
        .base(BaseImage.parse(base, dir))
        .application(new JavaApplication(classes, List.of(), null, List.of(), 17, "/app"))
        .target(ImageTarget.of("tar", "demo:1.0", List.of()))
        .outputDir(dir.resolve("out"))
        .cacheDir(dir.resolve("cache"))
        .applicationCacheDir(dir.resolve("app-cache"))
        .build();
  }
}
