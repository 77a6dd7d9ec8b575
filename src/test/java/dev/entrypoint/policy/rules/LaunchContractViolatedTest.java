package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.builtImage;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LaunchContractViolatedTest {

  private static final RuleCheck CHECK = RuleCheck.of(new LaunchContractViolated());

  private static ImageInput built(
      LaunchContract contract, List<String> entrypoint, List<String> cmd) {
    return builtImage(launch(entrypoint, cmd)).contract(contract).build();
  }

  static Stream<ImageInput> imagesThatTrigger() {
    return Stream.of(
        built(LaunchContract.ARGUMENTS, null, List.of("java", "-jar", "app.jar")),
        built(LaunchContract.ARGUMENTS, List.of("/bin/sh", "-c", "java -jar app.jar"), null),
        built(LaunchContract.COMMAND, List.of("java", "-jar", "app.jar"), null),
        built(LaunchContract.COMMAND, List.of("/app/run"), List.of("--port", "80")),
        built(LaunchContract.COMMAND, null, List.of("/bin/sh", "-c", "run")),
        declared(
            ContainerSettings.builder()
                .launch(LaunchContract.COMMAND)
                .entrypoint(List.of("/app/run")),
            "jlink"),
        declared(
            ContainerSettings.builder().entrypoint(List.of("INHERIT")).cmd(List.of("/app/run")),
            "scratch"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatTrigger")
  void mustTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).hasSize(1);
  }

  static Stream<ImageInput> imagesThatDoNotTrigger() {
    return Stream.of(
        built(LaunchContract.ARGUMENTS, List.of("java", "-jar", "app.jar"), null),
        built(LaunchContract.COMMAND, null, List.of("java", "-jar", "app.jar")),
        built(LaunchContract.COMMAND, List.of("/sbin/tini", "--"), List.of("run")),
        builtImage(launch(null, List.of("run"))).build(),
        declared(ContainerSettings.builder(), "jlink"),
        declared(ContainerSettings.builder().launch(LaunchContract.COMMAND), "jlink"),
        declared(ContainerSettings.builder().cmd(List.of("/app/run")), "eclipse-temurin:21"),
        declared(ContainerSettings.builder().cmd(List.of("--port", "80")), "scratch"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatDoNotTrigger")
  void mustNotTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).isEmpty();
  }

  @Test
  void saysHowTheImageBreaksItAndBothWaysOut() {
    assertThat(CHECK.image(built(LaunchContract.ARGUMENTS, null, List.of("/app/run"))))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("target/entrypoint/image.tar");
              assertThat(finding.message())
                  .isEqualTo(
                      "The image (ENTRYPOINT null CMD [\"/app/run\"]) breaks its contract: the"
                          + " launch contract 'arguments' needs an ENTRYPOINT for 'docker run IMAGE"
                          + " ARGS' to pass ARGS to, but the image has ENTRYPOINT null. Give the"
                          + " image its program as an exec-form ENTRYPOINT, ENTRYPOINT"
                          + " [\"/app/run\"], or declare <container><launch>command</launch>.");
            });
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        arguments(
            built(LaunchContract.ARGUMENTS, List.of("/bin/sh", "-c", "java -jar app.jar"), null),
            "Write it as ENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]. Or declare"
                + " <container><launch>command</launch>."),
        arguments(
            built(
                LaunchContract.ARGUMENTS,
                List.of("/bin/sh", "-c", "java -jar app.jar"),
                List.of("x")),
            "Write it as ENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]. Or declare"
                + " <container><launch>command</launch>."),
        arguments(
            built(LaunchContract.ARGUMENTS, null, List.of("/bin/sh", "-c", "java -jar app.jar")),
            "Give the image its program as an exec-form ENTRYPOINT, ENTRYPOINT [\"java\", \"-jar\","
                + " \"app.jar\"], or declare <container><launch>command</launch>."),
        arguments(
            built(LaunchContract.ARGUMENTS, null, null),
            "Give the image its program as an exec-form ENTRYPOINT or declare"
                + " <container><launch>command</launch>."),
        arguments(
            built(LaunchContract.COMMAND, List.of("/app/run"), List.of("--port", "80")),
            "Give the image its command as an exec-form CMD with no ENTRYPOINT, CMD [\"/app/run\","
                + " \"--port\", \"80\"], or declare <container><launch>arguments</launch>."),
        arguments(
            built(LaunchContract.COMMAND, List.of("/bin/sh", "-c", "exec /app/run --fast"), null),
            "Give the image its command as an exec-form CMD with no ENTRYPOINT, CMD [\"/app/run\","
                + " \"--fast\"], or declare <container><launch>arguments</launch>."),
        arguments(
            built(
                LaunchContract.COMMAND,
                List.of("/sbin/tini", "--"),
                List.of("/bin/sh", "-c", "run")),
            "Give the image its command as an exec-form CMD, CMD [\"run\"], or declare"
                + " <container><launch>arguments</launch>."),
        arguments(
            declared(
                ContainerSettings.builder().entrypointShell("java -jar /app/app.jar"), "jlink"),
            "Write it as <container><entrypoint><arg>java</arg><arg>-jar</arg>"
                + "<arg>/app/app.jar</arg></entrypoint>. Or declare"
                + " <container><launch>command</launch>."));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void proposesAFixMadeOfTheImagesOwnCommand(ImageInput image, String fix) {
    assertThat(CHECK.image(image))
        .singleElement()
        .satisfies(finding -> assertThat(finding.message()).endsWith(". " + fix));
  }
}
