package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.tools.jib.api.buildplan.Platform;
import dev.entrypoint.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetPlatformsTest {

  @Test
  void readsOsSlashArchitectureInOrderOnceEach() {
    TargetPlatforms platforms =
        TargetPlatforms.parse(List.of("linux/arm64", " Linux/AMD64 ", "linux/arm64"));

    assertThat(platforms.list())
        .containsExactly(new Platform("arm64", "linux"), new Platform("amd64", "linux"));
    assertThat(platforms.isMultiple()).isTrue();
    assertThat(platforms).hasToString("linux/arm64, linux/amd64");
  }

  @Test
  void aValueThatIsNoPlatformNamesTheElementAndTheForm() {
    assertThatThrownBy(() -> TargetPlatforms.parse(List.of("arm64")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<from><platforms> holds 'arm64', which is not a platform")
        .hasMessageContaining("<os>linux</os><architecture>arm64</architecture>");
  }
}
