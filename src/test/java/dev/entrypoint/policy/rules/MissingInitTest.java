package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.built;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.Severity;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingInitTest {

  private static final RuleCheck CHECK = RuleCheck.of(new MissingInit());

  @Test
  void isOffUnlessTurnedOn() {
    assertThat(new MissingInit().defaultSeverity()).isEqualTo(Severity.OFF);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"/app/run\"]",
        "FROM scratch\nCMD [\"java\", \"-jar\", \"app.jar\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"/sbin/tini\", \"--\", \"/app/run\"]",
        "FROM scratch\nENTRYPOINT [\"dumb-init\"]\nCMD [\"/app/run\"]",
        "FROM alpine:3.20\nCOPY run /run",
        "FROM scratch"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void proposesTheEntrypointUnderTini() {
    assertThat(CHECK.image(built(launch(List.of("/app/run"), List.of("--fast")))))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("The image starts /app/run as PID 1, with no init")
        .contains("ENTRYPOINT [\"/sbin/tini\", \"--\", \"/app/run\"]");
  }

  @Test
  void thePomLaunchIsChecked() {
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "jlink"))).hasSize(1);
  }
}
