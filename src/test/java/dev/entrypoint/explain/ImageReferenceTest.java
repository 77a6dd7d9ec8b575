package dev.entrypoint.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.EngineKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImageReferenceTest {

  private static final Path BASE = Path.of("/project");

  private static ImageReference parse(String text) {
    return ImageReference.parse(text, BASE, "-Dentrypoint.image");
  }

  @Test
  void aTarballIsResolvedAgainstTheProject() {
    ImageReference tar = parse("tar://target/../build/image.tar");

    assertThat(tar.kind()).isEqualTo(ImageReference.Kind.TAR);
    assertThat(tar.path()).isEqualTo(Path.of("/project/build/image.tar"));
    assertThat(tar).hasToString("tar:///project/build/image.tar");
    assertThat(parse("tar:///abs/image.tar").path()).isEqualTo(Path.of("/abs/image.tar"));
  }

  @Test
  void engineImagesNameTheirEngine() {
    assertThat(parse("docker://nginx:1.25").engine()).contains(EngineKind.DOCKER);
    assertThat(parse("podman://localhost/app:1").name()).isEqualTo("localhost/app:1");
    assertThat(parse("podman://localhost/app:1")).hasToString("podman://localhost/app:1");
  }

  @Test
  void anythingElseIsARegistryReference() {
    ImageReference registry = parse("registry.example:5000/team/app@sha256:abc");

    assertThat(registry.kind()).isEqualTo(ImageReference.Kind.REGISTRY);
    assertThat(registry.engine()).isEmpty();
    assertThat(registry).hasToString("registry.example:5000/team/app@sha256:abc");
  }

  @Test
  void unknownSchemesAndEmptyValuesAreRefused() {
    assertThatThrownBy(() -> parse("oci://layout")).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("scheme 'oci://' is not one this plugin reads");
    assertThatThrownBy(() -> parse("docker://")).isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("-Dentrypoint.image is empty");
  }
}
