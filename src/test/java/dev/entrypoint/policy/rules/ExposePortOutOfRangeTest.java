package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExposePortOutOfRangeTest {

  private static final RuleCheck CHECK = RuleCheck.of(new ExposePortOutOfRange());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nEXPOSE 80800",
        "FROM scratch\nEXPOSE 8080 65536/udp",
        "FROM scratch\nEXPOSE 65000-70000",
        "FROM scratch\nEXPOSE 99999999999999999999"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nEXPOSE 80",
        "FROM scratch\nEXPOSE 65535/tcp 53/udp",
        "FROM scratch\nEXPOSE 8000-8010",
        "FROM scratch\nEXPOSE $PORT",
        "FROM scratch\nEXPOSE 0"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void saysWhichPortAndTheRange() {
    assertThat(CHECK.dockerfile("FROM scratch\nEXPOSE 80800"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:2");
              assertThat(finding.message())
                  .isEqualTo(
                      "EXPOSE 80800 names a port outside 0-65535, which Docker refuses (\"invalid"
                          + " containerPort\"): nothing can listen on it. Use the port the program"
                          + " listens on, from 1 to 65535.");
            });
  }

  @Test
  void aPomPortOutOfRangeTriggers() {
    assertThat(
            CHECK.image(
                declared(ContainerSettings.builder().ports(List.of("8080", "70000")), "jlink")))
        .singleElement()
        .extracting(finding -> finding.message())
        .asString()
        .startsWith("<container><ports> holds 70000 names a port outside 0-65535");
  }
}
