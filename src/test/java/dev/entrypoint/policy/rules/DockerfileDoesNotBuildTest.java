package dev.entrypoint.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerfileDoesNotBuildTest {

  private static final RuleCheck CHECK = RuleCheck.of(new DockerfileDoesNotBuild());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "# only a comment",
        "RUN echo before from",
        "FROM scratch\nFOO bar",
        "FROM scratch\nCMD --port 8080",
        "FROM scratch\nEXPOSE 80800",
        "FROM scratch\nSHELL /bin/bash -c"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch",
        "FROM scratch\nCMD ['not', 'json']",
        "# escape=`\nFROM scratch\nRUN echo `\n  hi"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void givesTheLineDockerRefuses() {
    assertThat(CHECK.dockerfile("FROM scratch\nRUN true\nFOO bar"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:3");
              assertThat(finding.message())
                  .startsWith("'docker build' fails on this line: ")
                  .contains("FOO");
            });
  }
}
