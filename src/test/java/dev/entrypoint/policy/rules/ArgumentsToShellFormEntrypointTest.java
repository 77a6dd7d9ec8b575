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

class ArgumentsToShellFormEntrypointTest {

  private static final RuleCheck CHECK = RuleCheck.of(new ArgumentsToShellFormEntrypoint());
  private static final ImageLaunch SHELL =
      ImageLaunch.of(List.of("/bin/sh", "-c", "java -jar /app/app.jar"), null);
  private static final ImageLaunch EXEC =
      ImageLaunch.of(List.of("java", "-jar", "/app/app.jar"), null);

  @ParameterizedTest
  @ValueSource(strings = {"args: [\"--port\", \"9090\"]", "command: []\nargs: [\"--debug\"]"})
  void mustTriggerInKubernetes(String settings) {
    assertThat(CHECK.kubernetes(pod(settings), SHELL, null)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "args: []", "command: [\"java\", \"-jar\", \"/app/app.jar\"]\nargs: [\"-x\"]"})
  void mustNotTriggerInKubernetes(String settings) {
    assertThat(CHECK.kubernetes(pod(settings), SHELL, null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"command: --port 9090", "command: [\"--debug\"]"})
  void mustTriggerInCompose(String settings) {
    assertThat(CHECK.compose(service(PROJECT_IMAGE, settings), SHELL)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "command: []", "entrypoint: [\"java\"]\ncommand: [\"-version\"]"})
  void mustNotTriggerInCompose(String settings) {
    assertThat(CHECK.compose(service(PROJECT_IMAGE, settings), SHELL)).isEmpty();
  }

  @Test
  void argumentsToAnExecFormEntrypointAreFine() {
    assertThat(CHECK.kubernetes(pod("args: [\"--port\", \"9090\"]"), EXEC, null)).isEmpty();
  }

  @Test
  void saysWhatTheShellIgnoresAndGivesTheExecForm() {
    assertThat(CHECK.kubernetes(pod("args: [\"--port\", \"9090\"]"), SHELL, null))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.message())
                    .isEqualTo(
                        "Pod/web/app gives args: [\"--port\", \"9090\"] to the image's shell-form"
                            + " ENTRYPOINT [\"/bin/sh\", \"-c\", \"java -jar /app/app.jar\"]:"
                            + " /bin/sh -c runs only 'java -jar /app/app.jar'; the words after"
                            + " it, --port 9090, become $0, $1, ... of that line, which ignores"
                            + " them. Set command to the program and its arguments, command:"
                            + " [\"java\", \"-jar\", \"/app/app.jar\", \"--port\", \"9090\"], or"
                            + " give the image an exec-form ENTRYPOINT [\"java\", \"-jar\","
                            + " \"/app/app.jar\"]."));
  }
}
