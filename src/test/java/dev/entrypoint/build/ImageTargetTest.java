package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageTargetTest {

  @Test
  void namesTheImageOncePerTag() {
    ImageTarget target =
        ImageTarget.of("registry", "localhost:5000/team/app:1.0", List.of("latest"));

    assertThat(target.kind()).isEqualTo(ImageTarget.Kind.REGISTRY);
    assertThat(target.registry()).isEqualTo("localhost:5000");
    assertThat(target.allNames())
        .containsExactly("localhost:5000/team/app:1.0", "localhost:5000/team/app:latest");
  }

  @Test
  void aReferenceWithoutTagGetsLatest() {
    assertThat(ImageTarget.of("TAR", "app", List.of()).allNames()).containsExactly("app:latest");
  }

  @Test
  void invalidReferenceNamesTheElement() {
    assertThatThrownBy(() -> ImageTarget.of("tar", "My App", List.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<to><image> is 'My App'");
  }

  @Test
  void invalidTagNamesTheElement() {
    assertThatThrownBy(() -> ImageTarget.of("tar", "app:1", List.of("-bad")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<to><tags> holds '-bad'");
  }
}
