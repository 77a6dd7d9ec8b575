package dev.entrypoint.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.Json;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.image.ImageReadException;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.testing.RecordingLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageLookupTest {

  /** Images by {@code kind:reference}; every read is recorded. */
  private final Map<String, List<String>> images = new HashMap<>();

  private final List<String> reads = new ArrayList<>();

  private final ImageLookup.ConfigReader reader =
      source -> {
        String key = source.kind().name().toLowerCase() + ":" + source.reference();
        reads.add(key);
        if (source.kind() == ImageSource.Kind.PODMAN && images.containsKey("podman-down")) {
          throw new ImageReadException("Podman is not installed");
        }
        List<String> entrypoint = images.get(key);
        if (entrypoint == null) {
          throw new ConfigurationException(source + ": no such image");
        }
        return ImageConfig.ofContainerConfig(
            Json.object().set("Entrypoint", Json.stringArray(entrypoint)));
      };

  private ImageLookup lookup(ProjectImage project, ImageSource override) {
    return ImageLookup.of(project, override, reader, new RecordingLog());
  }

  private static final ProjectImage PROJECT =
      ProjectImage.built(
          "registry.example/team/app:1.0",
          List.of("latest"),
          ImageSource.tar(Path.of("/p/target/entrypoint/image.tar")),
          "target/entrypoint/image.tar");

  @Test
  void theProjectsNameAndTagsReadTheBuiltImage() {
    images.put("tar:/p/target/entrypoint/image.tar", List.of("/built"));
    ImageLookup lookup = lookup(PROJECT, null);

    assertThat(lookup.find("registry.example/team/app:latest", ImageLookup.Pull.ALWAYS).launch())
        .isEqualTo(ImageLaunch.of(List.of("/built"), null));
    assertThat(lookup.find("registry.example/team/app:1.0", ImageLookup.Pull.ALWAYS).origin())
        .isEqualTo("the project's image, target/entrypoint/image.tar");
    assertThat(reads).containsOnly("tar:/p/target/entrypoint/image.tar");
  }

  @Test
  void shortNamesMatchAsTheEnginesResolveThem() {
    ProjectImage project = ProjectImage.declared("app:1", List.of(), ImageLaunch.none(), "pom");

    assertThat(project.isNamed("docker.io/library/app:1")).isTrue();
    assertThat(project.isNamed("localhost/app:1")).isTrue();
    assertThat(project.isNamed("app:2")).isFalse();
    assertThat(project.isNamed("other/app:1")).isFalse();
  }

  @Test
  void localImagesComeBeforeTheRegistryDockerBeforePodman() {
    images.put("podman:nginx:1", List.of("/podman"));
    images.put("registry:nginx:1", List.of("/registry"));

    FoundImage found = lookup(null, null).find("nginx:1", ImageLookup.Pull.IF_NOT_PRESENT);

    assertThat(found.launch().entrypoint()).containsExactly("/podman");
    assertThat(reads).containsExactly("docker:nginx:1", "podman:nginx:1");
  }

  @Test
  void pullAlwaysReadsTheRegistryFirstAndNeverNever() {
    images.put("docker:nginx:1", List.of("/docker"));
    images.put("registry:nginx:1", List.of("/registry"));

    assertThat(lookup(null, null).find("nginx:1", ImageLookup.Pull.ALWAYS).launch().entrypoint())
        .containsExactly("/registry");
    reads.clear();
    images.remove("docker:nginx:1");
    assertThat(lookup(null, null).find("nginx:1", ImageLookup.Pull.NEVER).isFound()).isFalse();
    assertThat(reads).containsExactly("docker:nginx:1", "podman:nginx:1");
  }

  @Test
  void anEngineThatIsDownIsPassedOverAndNamedWhenNothingIsFound() {
    images.put("podman-down", List.of());

    FoundImage found = lookup(null, null).find("nginx:1", ImageLookup.Pull.NEVER);

    assertThat(found.error())
        .startsWith(
            "the image nginx:1 was not found: docker://nginx:1: no such"
                + " image; podman://nginx:1: Podman is not installed.");
  }

  @Test
  void eachReferenceIsLookedUpOnce() {
    images.put("docker:nginx:1", List.of("/docker"));
    ImageLookup lookup = lookup(null, null);

    lookup.find("nginx:1", ImageLookup.Pull.IF_NOT_PRESENT);
    lookup.find("nginx:1", ImageLookup.Pull.IF_NOT_PRESENT);

    assertThat(reads).hasSize(1);
  }

  @Test
  void theGivenImageStandsForEveryReference() {
    images.put("docker:debug:1", List.of("/debug"));
    ImageLookup lookup = lookup(PROJECT, ImageSource.docker("debug:1"));

    assertThat(
            lookup
                .find("registry.example/team/app:1.0", ImageLookup.Pull.ALWAYS)
                .launch()
                .entrypoint())
        .containsExactly("/debug");
    assertThatThrownBy(
            () -> lookup(null, ImageSource.docker("gone:1")).find("x:1", ImageLookup.Pull.NEVER))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("-Dentrypoint.image=docker://gone:1 cannot be read");
  }
}
