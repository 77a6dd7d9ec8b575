package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.built;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VariableInExecFormTest {

  private static final RuleCheck CHECK = RuleCheck.of(new VariableInExecForm());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"java\", \"$JAVA_OPTS\", \"-jar\", \"app.jar\"]",
        "FROM scratch\nCMD [\"${APP_HOME}/bin/run\"]",
        "FROM scratch\nENTRYPOINT [\"/app/run\"]\nCMD [\"--port\", \"$PORT\"]",
        "FROM scratch\nENTRYPOINT [\"run\", \"--port=${PORT:-8080}\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\", \"exec java $JAVA_OPTS -jar app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\"]\nCMD [\"exec run $ARGS\"]",
        "FROM scratch\nENTRYPOINT java $JAVA_OPTS -jar app.jar",
        "FROM scratch\nCMD [\"echo\", \"costs $5\"]"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void namesTheVariablesAndWrapsTheCommandInAShellThatExecs() {
    assertThat(
            CHECK.dockerfile(
                "FROM scratch\nENTRYPOINT [\"java\", \"$JAVA_OPTS\", \"-jar\", \"app.jar\"]"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:2");
              assertThat(finding.message())
                  .isEqualTo(
                      "ENTRYPOINT [\"java\", \"$JAVA_OPTS\", \"-jar\", \"app.jar\"] passes"
                          + " $JAVA_OPTS to java as written: exec form runs no shell, so nothing"
                          + " expands it. Let a shell expand it and then hand over to the program:"
                          + " ENTRYPOINT [\"/bin/sh\", \"-c\", \"exec java \\\"$JAVA_OPTS\\\" -jar"
                          + " app.jar \\\"$@\\\"\", \"sh\"]. For JVM options, JAVA_TOOL_OPTIONS"
                          + " needs no shell: the JVM reads it itself.");
            });
  }

  static Stream<ImageInput> imagesThatTrigger() {
    return Stream.of(
        built(launch(List.of("/app/run", "$PORT"), null)),
        declared(
            ContainerSettings.builder().entrypoint(List.of("/app/run", "--home=$HOME")), "jlink"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatTrigger")
  void imageMustTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).hasSize(1);
  }

  @Test
  void aShellFormImageIsLeftToTheShellFormRules() {
    assertThat(CHECK.image(built(launch(List.of("/bin/sh", "-c", "run $PORT"), null))))
        .extracting(Finding::ruleId)
        .isEmpty();
  }
}
