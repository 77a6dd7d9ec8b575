package dev.entrypoint.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipleEntrypointTest {

  private static final RuleCheck CHECK = RuleCheck.of(new MultipleEntrypoint());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]",
        "FROM scratch\nENTRYPOINT a\nCMD [\"x\"]\nENTRYPOINT [\"b\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"a\"]",
        "FROM scratch AS one\nENTRYPOINT [\"a\"]\nFROM one\nENTRYPOINT [\"b\"]",
        "FROM scratch\nENTRYPOINT [\"a\"]\nCMD [\"b\"]"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void pointsAtTheDeadInstruction() {
    assertThat(CHECK.dockerfile("FROM scratch\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:2");
              assertThat(finding.message())
                  .startsWith(
                      "ENTRYPOINT [\"a\"] has no effect: the ENTRYPOINT on line 3 replaces it");
            });
  }
}
