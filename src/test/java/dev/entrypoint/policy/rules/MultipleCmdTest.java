package dev.entrypoint.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipleCmdTest {

  private static final RuleCheck CHECK = RuleCheck.of(new MultipleCmd());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nCMD [\"a\"]\nCMD [\"b\"]",
        "FROM scratch\nCMD a\nRUN x\ncmd [\"b\"]",
        "FROM scratch AS one\nCMD [\"a\"]\nFROM one\nCMD [\"b\"]\nCMD [\"c\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nCMD [\"a\"]",
        "FROM scratch AS one\nCMD [\"a\"]\nFROM one\nCMD [\"b\"]",
        "FROM scratch\nCMD [\"a\"]\nENTRYPOINT [\"b\"]",
        "FROM scratch\nHEALTHCHECK CMD [\"a\"]\nCMD [\"b\"]"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void reportsEveryCmdButTheLastAndNamesTheOneThatWins() {
    assertThat(CHECK.dockerfile("FROM scratch\nCMD [\"a\"]\nCMD [\"b\"]\nCMD [\"c\"]"))
        .hasSize(2)
        .allSatisfy(finding -> assertThat(finding.message()).contains("the CMD on line 4"))
        .extracting(finding -> finding.location().line())
        .containsExactly(2, 3);
  }
}
