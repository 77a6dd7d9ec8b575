package dev.entrypoint.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonArrayFallbackTest {

  private static final RuleCheck CHECK = RuleCheck.of(new JsonArrayFallback());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nCMD ['java', '-jar', 'app.jar']",
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\",]",
        "FROM scratch\nENTRYPOINT [java, -jar, app.jar]",
        "FROM scratch\nCMD [$APP_HOME/run]",
        "FROM scratch\nRUN [\"apt-get\" \"update\"]",
        "FROM scratch\nHEALTHCHECK CMD ['curl', '-f', 'http://localhost/']",
        "FROM scratch\nONBUILD CMD ['run']",
        "FROM scratch\nCMD [\u201cjava\u201d]",
        "FROM scratch\nCMD [ 'java', '-jar' ]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nCMD [\"java\", \"-jar\", \"app.jar\"]",
        "FROM scratch\nCMD []",
        "FROM scratch\nCMD java -jar app.jar",
        "FROM scratch\nRUN [ -f /etc/os-release ] && cat /etc/os-release",
        "FROM scratch\nRUN [[ -d /app ]] || mkdir /app",
        "FROM scratch\nCMD [ -n \"$DEBUG\" ] && exec run --debug",
        "FROM scratch\nENTRYPOINT [\"a\\\"b\"]"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void saysWhichCharacterBrokeItWhereAndTheRepairedArray() {
    assertThat(CHECK.dockerfile("FROM scratch\n\nCMD ['java', '-jar', 'app.jar']"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location().line()).isEqualTo(3);
              assertThat(finding.location().column()).isEqualTo(6);
              assertThat(finding.message())
                  .isEqualTo(
                      "CMD ['java', '-jar', 'app.jar'] is not a JSON array (''' at column 6 breaks"
                          + " it: single quotes are not JSON: use double quotes), so Docker"
                          + " silently takes it as a shell-form line and runs /bin/sh -c with the"
                          + " text, brackets, quotes and commas included, as the command. Write it"
                          + " as CMD [\"java\", \"-jar\", \"app.jar\"].");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ENTRYPOINT [\"run\", \"--fast\",]|ENTRYPOINT [\"run\", \"--fast\"]",
        "ENTRYPOINT [run, --fast]|ENTRYPOINT [\"run\", \"--fast\"]",
        "CMD [\u201crun\u201d]|CMD [\"run\"]",
        "CMD [\u201erun\u201c, \u2018-v\u2019]|CMD [\"run\", \"-v\"]",
        "CMD [\u00abrun\u00bb]|CMD [\"run\"]"
      })
  void proposesTheArrayItWasMeantToBe(String instruction, String repaired) {
    assertThat(CHECK.dockerfile("FROM scratch\n" + instruction))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .endsWith("Write it as " + repaired + ".");
  }

  @Test
  void aTextThatCannotBeRepairedGetsAnExample() {
    assertThat(CHECK.dockerfile("FROM scratch\nCMD [\"a\" \"b\"]"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .endsWith(
            "Write a JSON array of double-quoted strings, such as CMD [\"java\", \"-jar\","
                + " \"app.jar\"].");
  }
}
