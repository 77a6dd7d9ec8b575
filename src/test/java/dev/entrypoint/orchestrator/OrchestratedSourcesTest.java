package dev.entrypoint.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.Json;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrchestratedSourcesTest {

  @TempDir Path dir;

  /** Every image is {@code ENTRYPOINT ["/app/server"] CMD ["--port", "8080"]}. */
  private OrchestratedSources sources() {
    ImageLookup.ConfigReader server =
        source ->
            ImageConfig.ofContainerConfig(
                Json.object()
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set(
                        "Entrypoint", Json.stringArray(List.of("/app/server")))
                    .set("Cmd", Json.stringArray(List.of("--port", "8080"))));
    return new OrchestratedSources(
        dir, Map.of(), ImageLookup.of(null, null, server, new RecordingLog()));
  }

  @Test
  void explainsEveryServiceOrTheOneNamed() throws Exception {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: app:1\n    command: [\"--port\", \"9090\"]\n"
            + "  debug:\n    image: app:1\n    entrypoint: [\"sh\"]\n");

    assertThat(sources().compose("compose.yaml"))
        .extracting(OrchestratedRun::toString)
        .containsExactly(
            "compose:compose.yaml#web -> [\"/app/server\", \"--port\", \"9090\"]",
            "compose:compose.yaml#debug -> [\"sh\"]");
    assertThat(sources().compose("compose.yaml#debug").get(0).rule())
        .isEqualTo(
            "entrypoint replaces the image's ENTRYPOINT, and the image's CMD is dropped because"
                + " command is not set");
  }

  @Test
  void anUnknownServiceNamesTheServicesThereAre() throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: app:1\n");

    assertThatThrownBy(() -> sources().compose("compose.yaml#wbe"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "-Dentrypoint.compose: compose.yaml has no service 'wbe'; its services are web.");
  }

  @Test
  void explainsContainersByNameOrPath() throws Exception {
    Files.writeString(
        dir.resolve("deploy.yaml"),
        "kind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n"
            + "      initContainers:\n      - {name: migrate, image: app:1, args: [migrate]}\n"
            + "      containers:\n      - {name: app, image: app:1, command: [/app/server]}\n");

    assertThat(sources().manifest("deploy.yaml"))
        .extracting(OrchestratedRun::toString)
        .containsExactly(
            "kubernetes:deploy.yaml#Deployment/web/migrate -> [\"/app/server\", \"migrate\"]",
            "kubernetes:deploy.yaml#Deployment/web/app -> [\"/app/server\"]");
    assertThat(sources().manifest("deploy.yaml#web/migrate").get(0).rule())
        .isEqualTo("init container: args replaces the image's CMD; the image's ENTRYPOINT stays");
  }

  @Test
  void theJsonHasOneEntryPerContainer() throws Exception {
    Files.writeString(
        dir.resolve("pod.yaml"),
        "kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: app:1}\n");

    assertThat(Json.read(OrchestratedRunsJson.of(sources().manifest("pod.yaml"))))
        .isEqualTo(
            Json.read(
                "{\"containers\": [{\"source\": \"kubernetes:pod.yaml#Pod/p/a\", \"image\":"
                    + " \"app:1\", \"argv\": [\"/app/server\", \"--port\", \"8080\"], \"error\":"
                    + " null, \"rule\": \"neither command nor args is set, so the image's"
                    + " ENTRYPOINT runs followed by its CMD\", \"notes\": []}]}"));
  }

  @Test
  void aMissingFileIsTheUsersMistake() {
    assertThatThrownBy(() -> sources().manifest("nope.yaml"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("-Dentrypoint.manifest: nope.yaml is not a file");
  }
}
