package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.builtImage;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeEntrypointPathTest {

  private static final RuleCheck CHECK = RuleCheck.of(new RelativeEntrypointPath());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nWORKDIR /app\nENTRYPOINT [\"./run.sh\"]",
        "FROM scratch\nWORKDIR /app\nCMD [\"bin/server\", \"--port\", \"80\"]",
        "FROM scratch\nENTRYPOINT [\"../opt/run\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"/app/run.sh\"]",
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"lib/app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"/app/run\"]\nCMD [\"./config.yml\"]",
        "FROM scratch\nENTRYPOINT ./run.sh"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void givesTheAbsolutePathTheWorkingDirectoryMakesOfIt() {
    assertThat(CHECK.dockerfile("FROM scratch\nWORKDIR /srv\nWORKDIR app\nENTRYPOINT [\"./run\"]"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:4");
              assertThat(finding.message())
                  .isEqualTo(
                      "ENTRYPOINT [\"./run\"] starts ./run by a path relative to the working"
                          + " directory (/srv/app): 'docker run -w' or a WORKDIR in an image built"
                          + " on this one makes it 'no such file or directory'. Write the absolute"
                          + " path: ENTRYPOINT [\"/srv/app/run\"].");
            });
  }

  @Test
  void aBuiltImageIsCheckedAgainstItsWorkingDirectory() {
    assertThat(CHECK.image(builtImage(launch(List.of("./run"), null)).workingDir("/opt").build()))
        .singleElement()
        .extracting(finding -> finding.message())
        .asString()
        .endsWith("ENTRYPOINT [\"/opt/run\"].");
  }
}
