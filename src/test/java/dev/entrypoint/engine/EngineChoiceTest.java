package dev.entrypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.EngineKind;
import org.junit.jupiter.api.Test;

class EngineChoiceTest {

  @Test
  void parsesAnyCase() {
    assertThat(EngineChoice.parse(" Podman ", "<engine>")).isEqualTo(EngineChoice.PODMAN);
  }

  @Test
  void autoTriesDockerFirst() {
    assertThat(EngineChoice.AUTO.candidates())
        .containsExactly(EngineKind.DOCKER, EngineKind.PODMAN);
  }

  @Test
  void anUnknownEngineNamesThePomElementAndTheChoices() {
    assertThatThrownBy(() -> EngineChoice.parse("containerd", "<engine>"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<engine> is 'containerd'")
        .hasMessageContaining("'auto'")
        .hasMessageContaining("'podman'");
  }
}
