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

class ShellFormCmdTest {

  private static final RuleCheck CHECK = RuleCheck.of(new ShellFormCmd());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nCMD java -jar app.jar",
        "FROM python:3.12\nCMD gunicorn app:app",
        "FROM scratch\nCMD exec java -jar app.jar",
        "FROM scratch\nENTRYPOINT [\"tini\", \"--\"]\nCMD run\nCMD [\"x\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nCMD [\"java\", \"-jar\", \"app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]\nCMD serve --port 8080",
        "FROM scratch\nCMD ['java', '-jar', 'app.jar']",
        "FROM scratch\nENTRYPOINT java -jar app.jar"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void saysWhereWhatWhyAndTheFix() {
    assertThat(CHECK.dockerfile("FROM scratch\nCMD gunicorn --bind 0.0.0.0:8000 app:app"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:2");
              assertThat(finding.message())
                  .isEqualTo(
                      "CMD in shell form runs under /bin/sh -c, which stays PID 1: SIGTERM from"
                          + " 'docker stop' never reaches gunicorn, which is killed when the stop"
                          + " timeout ends. Write it as CMD [\"gunicorn\", \"--bind\","
                          + " \"0.0.0.0:8000\", \"app:app\"].");
            });
  }

  @Test
  void aLineThatNeedsAShellKeepsItButExecsTheProgram() {
    assertThat(CHECK.dockerfile("FROM scratch\nCMD cd /app && java -jar app.jar"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .endsWith("CMD [\"/bin/sh\", \"-c\", \"cd /app && exec java -jar app.jar\"].");
  }

  static Stream<ImageInput> imagesThatTrigger() {
    return Stream.of(
        built(launch(null, List.of("/bin/sh", "-c", "java -jar app.jar"))),
        declared(
            ContainerSettings.builder().launch(LaunchContract.COMMAND).cmdShell("run.sh"),
            "jlink"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatTrigger")
  void imageMustTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).hasSize(1);
  }

  static Stream<ImageInput> imagesThatDoNotTrigger() {
    return Stream.of(
        built(launch(null, List.of("java", "-jar", "app.jar"))),
        built(launch(List.of("/app/run"), List.of("/bin/sh", "-c", "--port 80"))),
        declared(ContainerSettings.builder().launch(LaunchContract.COMMAND), "jlink"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatDoNotTrigger")
  void imageMustNotTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).isEmpty();
  }
}
