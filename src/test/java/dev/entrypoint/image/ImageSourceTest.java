package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.image.ImageSource.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageSourceTest {

  private static final Path PROJECT = Path.of("/work/project");
  private static final String ELEMENT = "-Dentrypoint.image";

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource({
    "tar://target/entrypoint/image.tar,   TAR,      /work/project/target/entrypoint/image.tar",
    "tar:///tmp/app.tar,                  TAR,      /tmp/app.tar",
    "TAR://../other/app.tar,              TAR,      /work/other/app.tar",
    "target/entrypoint/image.tar,         TAR,      /work/project/target/entrypoint/image.tar",
    "image.TAR,                           TAR,      /work/project/image.TAR",
    "/srv/images/app,                     TAR,      /srv/images/app",
    "./app,                               TAR,      /work/project/app",
    "docker://app:1.0,                    DOCKER,   app:1.0",
    "docker://sha256:0123abcd,            DOCKER,   sha256:0123abcd",
    "podman://localhost/app:1.0,          PODMAN,   localhost/app:1.0",
    "registry://localhost:5555/team/app:1.0, REGISTRY, localhost:5555/team/app:1.0",
    "localhost:5555/team/app:1.0,         REGISTRY, localhost:5555/team/app:1.0",
    "eclipse-temurin:21-jre,              REGISTRY, eclipse-temurin:21-jre",
    "'  docker://padded:1  ',             DOCKER,   padded:1",
  })
  void readsEveryFormAUserWrites(String value, Kind kind, String reference) {
    ImageSource source = ImageSource.parse(value, PROJECT, ELEMENT);

    assertThat(source.kind()).isEqualTo(kind);
    assertThat(source.reference()).isEqualTo(reference);
  }

  @Test
  void printsAsAUserWritesIt() {
    assertThat(ImageSource.parse("tar://image.tar", PROJECT, ELEMENT))
        .hasToString("tar:///work/project/image.tar");
    assertThat(ImageSource.parse("docker://app:1", PROJECT, ELEMENT)).hasToString("docker://app:1");
    assertThat(ImageSource.parse("registry://ghcr.io/a/b:1", PROJECT, ELEMENT))
        .hasToString("ghcr.io/a/b:1");
  }

  @Test
  void equalSourcesAreEqual() {
    assertThat(ImageSource.parse("image.tar", PROJECT, ELEMENT))
        .isEqualTo(ImageSource.tar(PROJECT.resolve("image.tar")))
        .hasSameHashCodeAs(ImageSource.tar(PROJECT.resolve("image.tar")));
    assertThat(ImageSource.docker("app:1")).isNotEqualTo(ImageSource.podman("app:1"));
  }

  @Test
  void onlyATarballHasATarPath() {
    assertThat(ImageSource.parse("tar://a.tar", PROJECT, ELEMENT).tarPath())
        .isEqualTo(Path.of("/work/project/a.tar"));
    assertThatThrownBy(() -> ImageSource.docker("app:1").tarPath())
        .isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "   ", "docker://", "podman://  ", "tar://", "registry://"})
  void aValueThatNamesNoImageNamesTheElementAndTheForms(String value) {
    assertThatThrownBy(() -> ImageSource.parse(value, PROJECT, ELEMENT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(ELEMENT + " is ")
        .hasMessageContaining("tar://PATH")
        .hasMessageContaining("docker://NAME")
        .hasMessageContaining("podman://NAME")
        .hasMessageContaining("registry://REF");
  }

  @Test
  void anUnknownSchemeIsNamed() {
    assertThatThrownBy(() -> ImageSource.parse("oci://layout", PROJECT, ELEMENT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("scheme oci:// is not one this plugin reads")
        .hasMessageContaining("docker://NAME");
  }

  @Test
  void aBadRegistryReferenceSaysWhatAReferenceLooksLike() {
    assertThatThrownBy(() -> ImageSource.parse("Team/App:1.0", PROJECT, ELEMENT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(ELEMENT + " is 'Team/App:1.0', which is not an image reference")
        .hasMessageContaining("[registry/]name[:tag][@digest]");
  }
}
