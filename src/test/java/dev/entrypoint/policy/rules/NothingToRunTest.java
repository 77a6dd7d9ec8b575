package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.built;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NothingToRunTest {

  private static final RuleCheck CHECK = RuleCheck.of(new NothingToRun());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nCOPY app /app",
        "FROM scratch\nCMD []",
        "FROM scratch\nENTRYPOINT [\"\"]",
        "FROM scratch AS base\nCMD [\"run\"]\nFROM base\nENTRYPOINT []",
        "FROM scratch\nCMD [\"run\"]\nFROM scratch\nCOPY --from=0 /run /run"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nCMD [\"/app/run\"]",
        "FROM scratch\nENTRYPOINT [\"\"]\nCMD [\"/app/run\"]",
        "FROM scratch\nCMD [\"run\"]\nENTRYPOINT []",
        "FROM alpine:3.20\nCOPY app /app",
        "FROM scratch\nCMD [\"run\"]\nFROM scratch AS unused\nFROM 0",
        "FROM scratch AS base\nCMD [\"run\"]\nFROM base\nCOPY x /x"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void pointsAtTheInstructionThatEmptiedTheLaunch() {
    assertThat(
            CHECK.dockerfile(
                "FROM scratch AS base\nCMD [\"run\"]\nFROM base\nENTRYPOINT []\nCOPY a /a"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:4");
              assertThat(finding.message())
                  .isEqualTo(
                      "Stage 1, the image 'docker build' makes, has nothing to run (ENTRYPOINT null"
                          + " CMD null), so 'docker run IMAGE' fails with 'No command specified'"
                          + " unless every user passes a command. Give it the program to start:"
                          + " ENTRYPOINT [\"/app/server\"] or CMD [\"/app/server\"].");
            });
  }

  static Stream<ImageInput> imagesThatTrigger() {
    return Stream.of(
        built(ImageLaunch.none()),
        built(launch(List.of(""), List.of())),
        declared(ContainerSettings.builder().entrypoint(List.of("")), "scratch"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatTrigger")
  void imageMustTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).hasSize(1);
  }

  static Stream<ImageInput> imagesThatDoNotTrigger() {
    return Stream.of(
        built(launch(null, List.of("run"))),
        declared(ContainerSettings.builder(), "jlink"),
        declared(ContainerSettings.builder().cmd(List.of("/app/run")), "eclipse-temurin:21-jre"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatDoNotTrigger")
  void imageMustNotTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).isEmpty();
  }
}
