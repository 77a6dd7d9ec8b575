package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.built;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShellFormCmdUnderEntrypointTest {

  private static final RuleCheck CHECK = RuleCheck.of(new ShellFormCmdUnderEntrypoint());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]\nCMD serve --port 8080",
        "FROM scratch\nCMD serve --port 8080\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]",
        "FROM scratch AS base\nENTRYPOINT [\"/app/run\"]\nFROM base\nCMD serve --verbose"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]\nCMD [\"--port\", \"8080\"]",
        "FROM scratch\nENTRYPOINT java -jar app.jar\nCMD serve --port 8080",
        "FROM scratch\nCMD java -jar app.jar",
        "FROM eclipse-temurin:21\nCMD java -jar app.jar",
        "FROM scratch\nENTRYPOINT [\"/app/run\"]\nCMD serve --old\nCMD [\"--new\"]"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void anExternalBaseImageWithAKnownExecEntrypointTriggers() {
    BaseImageLookup nginx =
        BaseImageLookup.of(
            Map.of(
                "nginx:1.27",
                ImageLaunch.of(
                    List.of("/docker-entrypoint.sh"), List.of("nginx", "-g", "daemon off;"))));

    assertThat(CHECK.dockerfile("FROM nginx:1.27\nCMD nginx -g 'daemon off;'", nginx)).hasSize(1);
  }

  @Test
  void saysWhatTheProgramReceives() {
    assertThat(CHECK.dockerfile("FROM scratch\nENTRYPOINT [\"/app/run\"]\nCMD serve --port 8080"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:3");
              assertThat(finding.message())
                  .isEqualTo(
                      "CMD in shell form is stored as [\"/bin/sh\", \"-c\", \"serve --port 8080\"],"
                          + " and the exec-form ENTRYPOINT [\"/app/run\"] gets all of it as"
                          + " arguments: the program sees [\"/bin/sh\", \"-c\"] before the"
                          + " arguments meant for it, and no shell ever runs the line. Write the"
                          + " arguments in exec form: CMD [\"serve\", \"--port\", \"8080\"].");
            });
  }

  static Stream<ImageInput> imagesThatTrigger() {
    return Stream.of(
        built(launch(List.of("/app/run"), List.of("/bin/sh", "-c", "--port 80"))),
        declared(
            ContainerSettings.builder().entrypoint(List.of("/app/run")).cmdShell("--port 80"),
            "jlink"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatTrigger")
  void imageMustTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).hasSize(1);
  }

  static Stream<ImageInput> imagesThatDoNotTrigger() {
    return Stream.of(
        built(launch(List.of("/app/run"), List.of("--port", "80"))),
        built(launch(null, List.of("/bin/sh", "-c", "run"))),
        built(launch(List.of("/bin/sh", "-c", "run"), List.of("/bin/sh", "-c", "x"))));
  }

  @ParameterizedTest
  @MethodSource("imagesThatDoNotTrigger")
  void imageMustNotTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).isEmpty();
  }
}
