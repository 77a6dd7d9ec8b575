package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.PROJECT_IMAGE;
import static dev.entrypoint.policy.rules.RuleCheck.pod;
import static dev.entrypoint.policy.rules.RuleCheck.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.ImageLaunch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntrypointOverrideDropsCmdTest {

  private static final RuleCheck CHECK = RuleCheck.of(new EntrypointOverrideDropsCmd());
  private static final ImageLaunch SERVER =
      ImageLaunch.of(List.of("/app/server"), List.of("--port", "8080"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "command: [\"/app/server\"]",
        "command: [\"/app/server\", \"--debug\"]\nargs: []",
        "command: [\"sh\", \"-c\", \"exec /app/server\"]"
      })
  void mustTriggerInKubernetes(String settings) {
    assertThat(CHECK.kubernetes(pod(settings), SERVER, null)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "args: [\"--port\", \"9090\"]",
        "command: [\"/app/server\"]\nargs: [\"--port\", \"8080\"]",
        "command: []"
      })
  void mustNotTriggerInKubernetes(String settings) {
    assertThat(CHECK.kubernetes(pod(settings), SERVER, null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"entrypoint: [\"/app/server\"]", "entrypoint: /app/server --debug"})
  void mustTriggerInCompose(String settings) {
    assertThat(CHECK.compose(service(PROJECT_IMAGE, settings), SERVER)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "command: [\"--port\", \"9090\"]",
        "entrypoint: [\"/app/server\"]\ncommand: [\"--port\", \"8080\"]",
        "entrypoint: []"
      })
  void mustNotTriggerInCompose(String settings) {
    assertThat(CHECK.compose(service(PROJECT_IMAGE, settings), SERVER)).isEmpty();
  }

  @Test
  void anImageWithoutCmdOrNotKnownHasNothingToDrop() {
    assertThat(
            CHECK.kubernetes(
                pod("command: [\"/app/server\"]"),
                ImageLaunch.of(List.of("/app/server"), null),
                null))
        .isEmpty();
    assertThat(CHECK.compose(service("other:1", "entrypoint: [\"/app/server\"]"), SERVER))
        .isEmpty();
  }

  @Test
  void namesTheDroppedCmdAtTheCommandKey() {
    assertThat(CHECK.kubernetes(pod("command: [\"/app/server\"]"), SERVER, null))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("pod.yaml:9");
              assertThat(finding.message())
                  .isEqualTo(
                      "Pod/web/app sets command and no args, so Kubernetes drops the image's CMD"
                          + " [\"--port\", \"8080\"] and runs [\"/app/server\"] alone. If the"
                          + " program needs those arguments, add args: [\"--port\", \"8080\"]; to"
                          + " keep the image's program and change only its arguments, set args"
                          + " instead of command.");
            });
  }
}
