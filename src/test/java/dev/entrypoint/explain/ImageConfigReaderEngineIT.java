package dev.entrypoint.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.engine.ContainerEngine;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineLog;
import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.testing.TestImages;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code docker://} and {@code podman://} images are read through the real engines' {@code inspect}. */
class ImageConfigReaderEngineIT {

  private static final ImageConfigReader READER = new ImageConfigReader(
      kind -> ContainerEngine.connect(EngineSettings.of(EngineChoice.of(kind)), EngineLog.silent()),
      RegistryConfigReader.unsupported());

  @BeforeAll
  static void busyboxInBothEngines() throws Exception {
    TestImages.busyboxInDocker();
    TestImages.copyDockerImageToPodman(TestImages.BUSYBOX);
  }

  private static ImageReference parse(String text) {
    return ImageReference.parse(text, Path.of("."), "-Dentrypoint.image");
  }

  @Test
  void engineImagesAreReadFromEachEngine() throws Exception {
    assertThat(READER.read(parse("docker://" + TestImages.BUSYBOX)).launch()).isEqualTo(ImageLaunch.none());
    assertThat(READER.read(parse("podman://localhost/" + TestImages.BUSYBOX)).launch()).isEqualTo(ImageLaunch.none());
  }

  @Test
  void anImageTheEngineLacksIsAConfigurationError() {
    assertThatThrownBy(() -> READER.read(parse("docker://ep-verify-no-such-image:1")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("docker cannot show the image ep-verify-no-such-image:1")
        .hasMessageContaining("'docker images'");
  }

  @Test
  void registryImagesGoThroughTheRegistrySeam() {
    assertThatThrownBy(() -> READER.read(parse("eclipse-temurin:21-jre")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'docker pull eclipse-temurin:21-jre' then -Dentrypoint.image=docker://eclipse-temurin:21-jre");
  }
}
