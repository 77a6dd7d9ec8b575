package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.BuildLog;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.Policy;
import dev.entrypoint.policy.RegistryBaseImages;
import dev.entrypoint.policy.rules.StandardRules;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RegistryBaseImages}, the policy's lookup of base images, against a registry: it lives here
 * because the fake registry does.
 */
class RegistryBaseImagesTest {

  private FakeRegistry registry;
  private RegistryBaseImages baseImages;

  @BeforeEach
  void pushABase() throws IOException {
    registry = FakeRegistry.start();
    registry.putImage("team/base", "1", "{\"config\":{\"Cmd\":[\"--port\",\"8080\"]}}");
    baseImages =
        new RegistryBaseImages(
            source -> ImageAccess.defaults().withInsecureRegistries(true), BuildLog.silent());
  }

  @AfterEach
  void stopRegistry() {
    registry.close();
  }

  @Test
  void readsEachBaseOnceHoweverOftenItIsNamed() {
    String reference = registry.host() + "/team/base:1";

    assertThat(baseImages.launchOf(reference))
        .hasValue(ImageLaunch.of(null, List.of("--port", "8080")));
    assertThat(baseImages.launchOf(reference)).isPresent();
    assertThat(registry.requests())
        .filteredOn(request -> request.contains("/manifests/"))
        .hasSize(1);
  }

  @Test
  void aBaseThatCannotBeReadStaysUnknown() {
    assertThat(baseImages.launchOf(registry.host() + "/team/absent:1")).isEmpty();
    assertThat(baseImages.launchOf("base:${VERSION}")).isEmpty();
  }

  @Test
  void aDockerfileEntrypointThatDropsTheBasesCmdIsFound() {
    String dockerfile = "FROM " + registry.host() + "/team/base:1\nENTRYPOINT [\"/app/run\"]\n";
    Policy policy = Policy.builder(StandardRules.catalog(List.of())).build();

    List<String> rules =
        policy
            .check(DockerfileInput.parse("Dockerfile", dockerfile, baseImages), "Dockerfile")
            .findings()
            .stream()
            .map(Finding::ruleId)
            .toList();

    assertThat(rules).contains("entrypoint-drops-base-cmd");
  }
}
