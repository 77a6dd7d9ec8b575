package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.project.ContainerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeWorkdirTest {

  private static final RuleCheck CHECK = RuleCheck.of(new RelativeWorkdir());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nWORKDIR app",
        "FROM scratch\nWORKDIR /srv\nWORKDIR ./app",
        "FROM scratch\nWORKDIR ../x"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nWORKDIR /app",
        "FROM scratch\nWORKDIR $APP_HOME",
        "FROM scratch\nWORKDIR ${HOME}/app",
        "FROM scratch\nWORKDIR C:\\\\app",
        "FROM scratch\nWORKDIR c:/app"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void givesTheAbsolutePathItResolvesTo() {
    assertThat(CHECK.dockerfile("FROM scratch\nWORKDIR /usr/src\nWORKDIR app"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:3");
              assertThat(finding.message())
                  .isEqualTo(
                      "WORKDIR app is relative: it resolves against the WORKDIR before it (to"
                          + " /usr/src/app here), so the directory the program starts in moves when"
                          + " that one does. Write the absolute path: WORKDIR /usr/src/app.");
            });
  }

  @Test
  void onAnExternalBaseOrAfterAVariableThePathItResolvesToIsNotGuessed() {
    assertThat(CHECK.dockerfile("FROM node:20-alpine\nWORKDIR app"))
        .singleElement()
        .extracting(finding -> finding.message())
        .asString()
        .contains("before it, so the directory")
        .endsWith("Write the absolute path.");
    assertThat(CHECK.dockerfile("FROM scratch\nWORKDIR $HOME\nWORKDIR logs"))
        .singleElement()
        .extracting(finding -> finding.message())
        .asString()
        .endsWith("Write the absolute path.");
  }

  @Test
  void aRelativePomWorkingDirectoryTriggers() {
    assertThat(CHECK.image(declared(ContainerSettings.builder().workingDirectory("app"), "jlink")))
        .singleElement()
        .extracting(finding -> finding.message())
        .asString()
        .startsWith("<container><workingDirectory> is app, a relative path")
        .endsWith("<container><workingDirectory>/app</workingDirectory>.");
  }

  @Test
  void anAbsolutePomWorkingDirectoryDoesNot() {
    assertThat(CHECK.image(declared(ContainerSettings.builder().workingDirectory("/app"), "jlink")))
        .isEmpty();
  }
}
