package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.builtImage;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Severity;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingHealthcheckTest {

  private static final RuleCheck CHECK = RuleCheck.of(new MissingHealthcheck());

  @Test
  void isOffUnlessTurnedOn() {
    assertThat(new MissingHealthcheck().defaultSeverity()).isEqualTo(Severity.OFF);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nCMD [\"run\"]",
        "FROM scratch AS base\nHEALTHCHECK CMD [\"check\"]\nFROM base\nHEALTHCHECK NONE",
        "FROM scratch\nHEALTHCHECK CMD [\"check\"]\nFROM scratch\nCMD [\"run\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nHEALTHCHECK CMD [\"/app/check\"]",
        "FROM scratch AS base\nHEALTHCHECK CMD [\"check\"]\nFROM base\nCMD [\"run\"]"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void aBuiltImageWithoutOneTriggersButThePomCannotSayYet() {
    assertThat(CHECK.image(builtImage(launch(List.of("run"), null)).healthcheck(false).build()))
        .hasSize(1);
    assertThat(CHECK.image(builtImage(launch(List.of("run"), null)).healthcheck(true).build()))
        .isEmpty();
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "jlink"))).isEmpty();
  }
}
