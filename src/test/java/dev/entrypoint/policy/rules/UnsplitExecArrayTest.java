package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.built;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnsplitExecArrayTest {

  private static final RuleCheck CHECK = RuleCheck.of(new UnsplitExecArray());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"java -jar app.jar\"]",
        "FROM scratch\nCMD [\"python app.py\"]",
        "FROM scratch\nENTRYPOINT [\"java -jar\", \"app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"/app/run\"]\nCMD [\"--port 8080\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"/app/run\"]\nCMD [\"--greeting\", \"hello world\"]",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\"]\nCMD [\"java -jar app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\", \"exec java -jar app.jar\"]",
        "FROM scratch\nENTRYPOINT java -jar app.jar"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void saysWhatDockerWillLookForAndSplitsTheWords() {
    assertThat(CHECK.dockerfile("FROM scratch\nENTRYPOINT [\"java -jar app.jar\"]"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:2");
              assertThat(finding.message())
                  .isEqualTo(
                      "ENTRYPOINT [\"java -jar app.jar\"] names one program, [\"java -jar"
                          + " app.jar\"], spaces included: exec form does not split words, so"
                          + " 'docker run' fails with 'exec: \"java -jar app.jar\": executable file"
                          + " not found in $PATH'. Write each word as its own element: ENTRYPOINT"
                          + " [\"java\", \"-jar\", \"app.jar\"].");
            });
  }

  @Test
  void aLineThatNeedsAShellGetsAWrapperThatExecs() {
    assertThat(CHECK.dockerfile("FROM scratch\nCMD [\"cd /app && ./run\"]"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .endsWith("CMD [\"/bin/sh\", \"-c\", \"cd /app && exec ./run\"].");
  }

  static Stream<ImageInput> imagesThatTrigger() {
    return Stream.of(
        built(launch(List.of("java -jar app.jar"), null)),
        built(launch(null, List.of("node server.js"))),
        declared(
            ContainerSettings.builder()
                .launch(LaunchContract.COMMAND)
                .cmd(List.of("java -jar /app/app.jar")),
            "jlink"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatTrigger")
  void imageMustTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).hasSize(1);
  }

  @Test
  void theJavaCommandIsSplit() {
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "jlink"))).isEmpty();
  }
}
