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

class ShellWrapperWithoutExecTest {

  private static final RuleCheck CHECK = RuleCheck.of(new ShellWrapperWithoutExec());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\", \"cd /app && java -jar app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"/bin/bash\", \"-ec\", \"./migrate; java -jar app.jar\"]",
        "FROM scratch\nCMD [\"/bin/sh\", \"-c\", \"java $JAVA_OPTS -jar app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"/sbin/tini\", \"--\", \"sh\", \"-c\", \"run\"]",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\"]\nCMD [\"cd /app && run\"]",
        "FROM scratch\nENTRYPOINT [\"busybox\", \"sh\", \"-c\", \"httpd -f\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\", \"cd /app && exec java -jar app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\", \"exec java -jar app.jar \\\"$@\\\"\", \"sh\"]",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\", \"trap 'kill $P' TERM; run & P=$!; wait $P\"]",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\", \"if [ -n \\\"$X\\\" ]; then exec a; fi\"]",
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]",
        "FROM scratch\nENTRYPOINT java -jar app.jar",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\"]\nCMD [\"exec run\"]"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void saysWhyAndGivesTheArrayWithExec() {
    assertThat(
            CHECK.dockerfile(
                "FROM scratch\nENTRYPOINT [\"sh\", \"-c\", \"cd /app && java -jar app.jar\"]"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:2");
              assertThat(finding.message())
                  .isEqualTo(
                      "ENTRYPOINT [\"sh\", \"-c\", \"cd /app && java -jar app.jar\"] starts java as"
                          + " a child of the shell, which stays PID 1 and does not pass SIGTERM on:"
                          + " 'docker stop' waits out its timeout and then kills java. Start the"
                          + " last command with exec, so that java replaces the shell. Write"
                          + " ENTRYPOINT [\"sh\", \"-c\", \"cd /app && exec java -jar app.jar\"].");
            });
  }

  @Test
  void aWrapperAroundOnePlainCommandIsBestDropped() {
    assertThat(CHECK.dockerfile("FROM scratch\nCMD [\"sh\", \"-c\", \"java -jar app.jar\"]"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .endsWith(
            "Here the shell adds nothing, so drop it: CMD [\"java\", \"-jar\", \"app.jar\"].");
  }

  static Stream<ImageInput> imagesThatTrigger() {
    return Stream.of(
        built(launch(List.of("/bin/bash", "-c", "./migrate && java -jar app.jar", "bash"), null)),
        built(launch(List.of("sh", "-c"), List.of("cd /app && run"))),
        declared(ContainerSettings.builder().entrypoint(List.of("sh", "-c", "a; b")), "jlink"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatTrigger")
  void imageMustTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).hasSize(1);
  }

  static Stream<ImageInput> imagesThatDoNotTrigger() {
    return Stream.of(
        built(launch(List.of("/bin/bash", "-c", "./migrate && exec java -jar app.jar", "b"), null)),
        built(launch(List.of("/bin/sh", "-c", "./migrate && java -jar app.jar"), null)),
        declared(ContainerSettings.builder().entrypointShell("a; b"), "jlink"),
        built(launch(List.of("java"), List.of("-jar", "app.jar"))));
  }

  @ParameterizedTest
  @MethodSource("imagesThatDoNotTrigger")
  void imageMustNotTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).isEmpty();
  }
}
