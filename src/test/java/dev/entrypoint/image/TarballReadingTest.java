package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.testing.ImageTarballs;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tar://} sources and paths to tarballs. */
class TarballReadingTest {

  static final String CONFIG =
      "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{"
          + "\"Entrypoint\":[\"/app/run\"],\"Cmd\":[],\"Env\":[\"PATH=/app:/usr/bin\"],\"User\":\"1000\"},"
          + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";

  @TempDir Path dir;

  @Test
  void readsTheConfigAndFilesOfATarballInThePlace() throws Exception {
    DockerSaveTarball.write(
        dir.resolve("image.tar"),
        CONFIG,
        new LayerTar().file("app/run", 0755, "#!/bin/sh\nexec \"$@\"\n"),
        new LayerTar().whiteout("app/old"));

    try (ImageReader image = read("image.tar")) {
      assertThat(image.config().launch()).isEqualTo(ImageLaunch.of(List.of("/app/run"), List.of()));
      assertThat(image.config().user()).isEqualTo("1000");
      assertThat(image.files().findExecutable("run", image.config().envMap().get("PATH")))
          .hasValue("/app/run");
    }
  }

  @Test
  void aTarballNamesTheTagsItsImageIsLoadedAs() throws Exception {
    try (ImageArchive archive =
        ImageArchive.open(ImageTarballs.named(dir, "app:1", "app:latest"))) {
      assertThat(archive.names()).containsExactly("app:1", "app:latest");
    }
  }

  @Test
  void aClosedReaderGivesWhatItReadButReadsNothingMore() throws Exception {
    DockerSaveTarball.write(
        dir.resolve("image.tar"), CONFIG, new LayerTar().file("app/run", 0755, "x"));
    ImageReader image = read("image.tar");
    ImageConfig config = image.config();

    image.close();

    assertThat(image.config()).isSameAs(config);
    assertThatThrownBy(image::files)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aMissingTarballSaysHowToMakeOne() {
    try (ImageReader image = read("tar://target/entrypoint/image.tar")) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith(
              "tar://" + dir.resolve("target/entrypoint/image.tar") + ": there is no such file.")
          .hasMessageContaining("docker save -o");
    }
  }

  @Test
  void aFileThatIsNoImageTarballSaysSo() throws Exception {
    Files.writeString(dir.resolve("notes.tar"), "just text");

    try (ImageReader image = read("notes.tar")) {
      assertThatThrownBy(image::files)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("notes.tar cannot be read as an image");
    }
  }

  @Test
  void aCompressedTarballSaysToDecompressItAndQuotesNoBytesOfIt() throws Exception {
    Path plain =
        DockerSaveTarball.write(
            dir.resolve("image.tar"), CONFIG, new LayerTar().file("app/run", 0755, "x"));
    try (OutputStream gzip =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("image.tar.gz")))) {
      gzip.write(Files.readAllBytes(plain));
    }

    try (ImageReader image = read("tar://" + dir.resolve("image.tar.gz"))) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("image.tar.gz is a gz-compressed file")
          .hasMessageContaining("gunzip")
          .satisfies(
              e -> assertThat(e.getMessage()).doesNotContainPattern("[\\x00-\\x08\\x0e-\\x1f]"));
    }
  }

  @Test
  void aConfigWhoseEntrypointIsNoArraySaysSo() throws Exception {
    DockerSaveTarball.write(
        dir.resolve("image.tar"), CONFIG.replace("[\"/app/run\"]", "\"/app/run\""));

    try (ImageReader image = read("image.tar")) {
      assertThatThrownBy(image::config)
          .hasMessageContaining(
              "the image config is malformed: expected a JSON array of strings but got \"/app/run\"");
    }
  }

  private ImageReader read(String value) {
    ImageSource source = ImageSource.parse(value, dir, "-Dentrypoint.image");
    return ImageReader.open(source, ImageAccess.defaults(), BuildLog.silent());
  }
}
