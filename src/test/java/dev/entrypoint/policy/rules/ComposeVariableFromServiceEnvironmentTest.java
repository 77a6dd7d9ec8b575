package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeVariableFromServiceEnvironmentTest {

  private static final RuleCheck CHECK = RuleCheck.of(new ComposeVariableFromServiceEnvironment());
  private static final Map<String, String> HOST = Map.of("TAG", "1.0");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "command: [\"serve\", \"--token\", \"${TOKEN}\"]\nenvironment:\n  TOKEN: s3cret",
        "command: serve --token $TOKEN\nenvironment:\n  - TOKEN=s3cret",
        "entrypoint: [\"serve\", \"${TOKEN:-none}\"]\nenvironment:\n  TOKEN: s3cret"
      })
  void mustTrigger(String settings) {
    assertThat(CHECK.compose(service("nginx:1", settings), null, null, HOST)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "command: [\"sh\", \"-c\", \"serve --token $${TOKEN}\"]\nenvironment:\n  TOKEN: s3cret",
        "command: [\"serve\", \"--tag\", \"${TAG}\"]\nenvironment:\n  TAG: other",
        "command: [\"serve\", \"${OTHER}\"]\nenvironment:\n  TOKEN: s3cret",
        "command: [\"serve\"]\nenvironment:\n  TOKEN: s3cret"
      })
  void mustNotTrigger(String settings) {
    assertThat(CHECK.compose(service("nginx:1", settings), null, null, HOST)).isEmpty();
  }

  @Test
  void namesTheVariableAndTheShellThatWouldReadIt() {
    assertThat(
            CHECK.compose(
                service(
                    "nginx:1",
                    "command: [\"serve\", \"--token\", \"${TOKEN}\"]\nenvironment:\n  TOKEN: x"),
                null,
                null,
                HOST))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.message())
                    .isEqualTo(
                        "Service web: command refers to ${TOKEN}, which only the service's"
                            + " environment sets. Compose replaces ${...} when it reads the file,"
                            + " from the environment that runs Compose and .env, so the container"
                            + " gets an empty string. To use the service's value, let the"
                            + " container's shell read it: command: [\"sh\", \"-c\", \"exec"
                            + " my-app --option $${TOKEN}\"], or have the program read TOKEN from"
                            + " its environment."));
  }
}
