package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.service;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeShellOperatorsTest {

  private static final RuleCheck CHECK = RuleCheck.of(new ComposeShellOperators());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "command: ./migrate && ./serve",
        "command: ./serve | tee log",
        "command: ./a; ./b",
        "command: ./serve > /tmp/log",
        "command: ./serve 2>&1",
        "command: echo $$(date)",
        "entrypoint: ./wait-for db || exit 1",
        "command: ./serve &"
      })
  void mustTrigger(String settings) {
    assertThat(CHECK.compose(service("nginx:1", settings), null)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "command: ./serve --port 80",
        "command: sh -c './migrate && ./serve'",
        "command: sh -c \"echo a | tee b\"",
        "command: [\"sh\", \"-c\", \"./migrate && ./serve\"]",
        "command: [\"./serve\", \"a&&b\"]",
        "command: echo 'a;b'"
      })
  void mustNotTrigger(String settings) {
    assertThat(CHECK.compose(service("nginx:1", settings), null)).isEmpty();
  }

  @Test
  void saysWhatEachComposeDoesAndHowToRunAShell() {
    assertThat(CHECK.compose(service("nginx:1", "command: ./migrate && ./serve"), null))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("compose.yaml:4");
              assertThat(finding.message())
                  .isEqualTo(
                      "Service web: command is the string \"./migrate && ./serve\", which Compose"
                          + " splits into words and never gives to a shell, so '&&' is no"
                          + " operator here: Compose v2 drops everything from '&&' on and runs"
                          + " [\"./migrate\"], and Compose 1.29 passes '&&' and the rest to the"
                          + " program as arguments. To have a shell run it, write command:"
                          + " [\"sh\", \"-c\", \"./migrate && ./serve\"] (Compose still"
                          + " interpolates it first: write $$ for each $ the shell should see), or"
                          + " move the logic into a script in the image.");
            });
  }
}
