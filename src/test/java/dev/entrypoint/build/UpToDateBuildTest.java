package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.testing.JavaSources;
import dev.entrypoint.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build whose inputs did not change: what it reports of the image it leaves alone. */
class UpToDateBuildTest {

  @TempDir Path dir;
  private Path classes;

  @BeforeEach
  void compileApplication() throws Exception {
    classes = JavaSources.compile(dir.resolve("app"), JavaSources.printingMain());
  }

  @Test
  void theLaunchOfAnUpToDateImageKeepsUnsetEmptyAndOddWordsApart() throws Exception {
    ContainerSettings.Builder container =
        ContainerSettings.builder()
            .entrypoint(List.of("/bin/tool", "", "two words", "naïve=\"quoted\"\\", "line\nbreak"))
            .cmd(List.of());
    BuiltImage first = build(container);

    BuiltImage second = build(container);

    assertThat(second.reused()).isTrue();
    assertThat(second.launch())
        .isEqualTo(first.launch())
        .isEqualTo(
            ImageLaunch.of(
                List.of("/bin/tool", "", "two words", "naïve=\"quoted\"\\", "line\nbreak"),
                List.of()));
  }

  @Test
  void anUpToDateImageIsSummarisedByNamePlaceDigestAndId() throws Exception {
    BuiltImage first = build(ContainerSettings.builder());

    List<String> summary = BuildSummary.of(build(ContainerSettings.builder()), dir);

    assertThat(summary)
        .containsExactly(
            "Image is up to date: demo:1.0 (out/image.tar, "
                + BuildSummary.size(first.sizeBytes())
                + ", "
                + first.layerCount()
                + " layers)",
            "  digest    " + first.digest(),
            "  image id  " + first.imageId());
  }

  @Test
  void outputsRecordedByAnEarlierPluginAreBuiltAgain() throws Exception {
    build(ContainerSettings.builder());
    Files.writeString(
        dir.resolve("out/image.inputs"),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n");

    assertThat(build(ContainerSettings.builder()).reused()).isFalse();
  }

  @Test
  void aDamagedRecordIsBuiltAgain() throws Exception {
    build(ContainerSettings.builder());
    Path record = dir.resolve("out/image.inputs");
    String whole = Files.readString(record);

    Files.writeString(record, whole.replaceFirst("(?m)^layers=\\d+$", "layers=many"));
    assertThat(build(ContainerSettings.builder()).reused()).isFalse();

    Files.writeString(record, whole + "broken=\\u12\n");
    assertThat(build(ContainerSettings.builder()).reused()).isFalse();
  }

  private BuiltImage build(ContainerSettings.Builder container) throws Exception {
    return new ImageBuilder(new RecordingLog())
        .build(
            ImageBuildRequest.builder()
                .base(BaseImage.parse("scratch", dir))
                .application(new JavaApplication(classes, List.of(), null, List.of(), 17, "/app"))
                .container(container.build())
                .target(ImageTarget.of("tar", "demo:1.0", List.of()))
                .outputDir(dir.resolve("out"))
                .cacheDir(dir.resolve("cache"))
                .applicationCacheDir(dir.resolve("app-cache"))
                .build());
  }
}
