package dev.entrypoint.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BaseImageTest {

  private static final Path PROJECT = Path.of("/work/project");

  @Test
  void readsEveryKindOfBase() {
    assertThat(BaseImage.parse("jlink", PROJECT).kind()).isEqualTo(BaseImage.Kind.JLINK);
    assertThat(BaseImage.parse("scratch", PROJECT).kind()).isEqualTo(BaseImage.Kind.SCRATCH);
    assertThat(BaseImage.parse("eclipse-temurin:21-jre", PROJECT).kind())
        .isEqualTo(BaseImage.Kind.REGISTRY);
    assertThat(BaseImage.parse("registry://ghcr.io/a/b:1", PROJECT).reference())
        .isEqualTo("ghcr.io/a/b:1");
    assertThat(BaseImage.parse("docker://base:1", PROJECT).reference()).isEqualTo("base:1");
  }

  @Test
  void resolvesRelativeTarPathsAgainstTheProject() {
    BaseImage base = BaseImage.parse("tar://target/base.tar", PROJECT);

    assertThat(base.kind()).isEqualTo(BaseImage.Kind.TAR);
    assertThat(base.tarPath()).isEqualTo(Path.of("/work/project/target/base.tar"));
    assertThat(BaseImage.parse("tar:///abs/base.tar", PROJECT).tarPath())
        .isEqualTo(Path.of("/abs/base.tar"));
  }

  @Test
  void emptyValueNamesTheElement() {
    assertThatThrownBy(() -> BaseImage.parse(" ", PROJECT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<from><image> is empty");
  }

  @Test
  void prefixWithoutANameIsRejected() {
    assertThatThrownBy(() -> BaseImage.parse("docker://", PROJECT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("names no image");
  }
}
