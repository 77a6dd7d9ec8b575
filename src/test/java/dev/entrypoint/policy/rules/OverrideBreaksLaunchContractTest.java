package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.PROJECT_IMAGE;
import static dev.entrypoint.policy.rules.RuleCheck.pod;
import static dev.entrypoint.policy.rules.RuleCheck.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OverrideBreaksLaunchContractTest {

  private static final RuleCheck CHECK = RuleCheck.of(new OverrideBreaksLaunchContract());
  private static final ImageLaunch PROGRAM = ImageLaunch.of(List.of("/app/server"), null);
  private static final ImageLaunch TINI =
      ImageLaunch.of(List.of("/sbin/tini", "--"), List.of("/app/server"));

  @ParameterizedTest
  @ValueSource(strings = {"entrypoint: [\"/bin/sh\"]", "entrypoint: []", "entrypoint: sh -c x"})
  void mustTriggerForArgumentsInCompose(String settings) {
    assertThat(
            CHECK.compose(
                service(PROJECT_IMAGE, settings), PROGRAM, LaunchContract.ARGUMENTS, Map.of()))
        .hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "command: [\"--port\", \"9090\"]", "command: --debug"})
  void mustNotTriggerForArgumentsInCompose(String settings) {
    assertThat(
            CHECK.compose(
                service(PROJECT_IMAGE, settings), PROGRAM, LaunchContract.ARGUMENTS, Map.of()))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"command: [\"/bin/sh\"]", "command: [\"/app/other\"]\nargs: [\"x\"]"})
  void mustTriggerForArgumentsInKubernetes(String settings) {
    assertThat(CHECK.kubernetes(pod(settings), PROGRAM, LaunchContract.ARGUMENTS)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "args: [\"--port\", \"9090\"]", "command: []\nargs: [\"-v\"]"})
  void mustNotTriggerForArgumentsInKubernetes(String settings) {
    assertThat(CHECK.kubernetes(pod(settings), PROGRAM, LaunchContract.ARGUMENTS)).isEmpty();
  }

  @Test
  void replacingTheInitBreaksTheCommandContract() {
    assertThat(CHECK.kubernetes(pod("command: [\"/app/server\"]"), TINI, LaunchContract.COMMAND))
        .hasSize(1);
    assertThat(CHECK.kubernetes(pod("args: [\"/app/other\"]"), TINI, LaunchContract.COMMAND))
        .isEmpty();
    assertThat(
            CHECK.kubernetes(
                pod("command: [\"/app/other\"]"),
                ImageLaunch.of(null, List.of("/app/server")),
                LaunchContract.COMMAND))
        .isEmpty();
  }

  @Test
  void onlyTheProjectsImageHasAContract() {
    assertThat(
            CHECK.compose(
                service("nginx:1", "entrypoint: [\"/bin/sh\"]"),
                PROGRAM,
                LaunchContract.ARGUMENTS,
                Map.of()))
        .isEmpty();
  }

  @Test
  void saysWhatTheContractAllows() {
    assertThat(
            CHECK.compose(
                service(PROJECT_IMAGE, "entrypoint: [\"/bin/sh\"]"),
                PROGRAM,
                LaunchContract.ARGUMENTS,
                Map.of()))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.message())
                    .isEqualTo(
                        "Service web replaces the ENTRYPOINT of the project's image with"
                            + " entrypoint: [\"/bin/sh\"], but the pom declares the launch contract"
                            + " 'arguments': the image is a fixed program that is given arguments,"
                            + " never replaced. Pass the arguments with command instead, or declare"
                            + " <container><launch>command</launch>."));
  }
}
