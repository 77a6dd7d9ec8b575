package dev.entrypoint.launch;

import static dev.entrypoint.launch.EngineKind.DOCKER;
import static dev.entrypoint.launch.EngineKind.PODMAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LaunchResolverTest {

  private static final List<String> EXEC_EP = List.of("e", "p");
  private static final List<String> SHELL_EP = CommandForm.shellWrapped("e p");
  private static final List<String> EXEC_CMD = List.of("c", "q");
  private static final List<String> SHELL_CMD = CommandForm.shellWrapped("c q");

  /** Every cell of the ENTRYPOINT x CMD table in DESIGN.md, for {@code run IMAGE}. */
  static Stream<Arguments> designTable() {
    return Stream.of(
        Arguments.of(null, null, null),
        Arguments.of(SHELL_EP, null, List.of("/bin/sh", "-c", "e p")),
        Arguments.of(EXEC_EP, null, List.of("e", "p")),
        Arguments.of(null, EXEC_CMD, List.of("c", "q")),
        Arguments.of(SHELL_EP, EXEC_CMD, List.of("/bin/sh", "-c", "e p", "c", "q")),
        Arguments.of(EXEC_EP, EXEC_CMD, List.of("e", "p", "c", "q")),
        Arguments.of(null, SHELL_CMD, List.of("/bin/sh", "-c", "c q")),
        Arguments.of(SHELL_EP, SHELL_CMD, List.of("/bin/sh", "-c", "e p", "/bin/sh", "-c", "c q")),
        Arguments.of(EXEC_EP, SHELL_CMD, List.of("e", "p", "/bin/sh", "-c", "c q")));
  }

  @ParameterizedTest(name = "ENTRYPOINT {0} CMD {1} runs {2}")
  @MethodSource("designTable")
  void runWithoutOverridesFollowsDockersTable(
      List<String> entrypoint, List<String> cmd, List<String> argv) {
    for (EngineKind engine : EngineKind.values()) {
      Resolution resolution =
          LaunchResolver.resolve(ImageLaunch.of(entrypoint, cmd), Invocation.run(), engine);
      assertThat(resolution.argv()).as("%s", engine).isEqualTo(argv);
    }
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void noEntrypointAndNoCmdIsAnError(EngineKind engine) {
    Resolution resolution = LaunchResolver.resolve(ImageLaunch.none(), Invocation.run(), engine);

    assertThat(resolution.runs()).isFalse();
    assertThat(resolution.error())
        .isEqualTo(
            engine == DOCKER ? LaunchResolver.DOCKER_NO_COMMAND : LaunchResolver.PODMAN_NO_COMMAND);
    assertThat(resolution.rule()).contains("nothing to run");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void argumentsReplaceCmdButKeepEntrypoint(EngineKind engine) {
    Resolution resolution =
        LaunchResolver.resolve(ImageLaunch.of(EXEC_EP, EXEC_CMD), Invocation.run("a", "b"), engine);

    assertThat(resolution.argv()).containsExactly("e", "p", "a", "b");
    assertThat(resolution.rule()).contains("replace the image's CMD");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void argumentsReplaceTheWholeCommandWhenThereIsNoEntrypoint(EngineKind engine) {
    Resolution resolution =
        LaunchResolver.resolve(
            ImageLaunch.of(null, EXEC_CMD), Invocation.run("echo", "Rocks!!"), engine);

    assertThat(resolution.argv()).containsExactly("echo", "Rocks!!");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void argumentsAfterAShellFormEntrypointLandInDollarZero(EngineKind engine) {
    Resolution resolution =
        LaunchResolver.resolve(ImageLaunch.of(SHELL_EP, EXEC_CMD), Invocation.run("a"), engine);

    assertThat(resolution.argv()).containsExactly("/bin/sh", "-c", "e p", "a");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void entrypointFlagReplacesEntrypointAndDropsCmd(EngineKind engine) {
    Resolution resolution =
        LaunchResolver.resolve(
            ImageLaunch.of(EXEC_EP, EXEC_CMD), Invocation.runWithEntrypoint("x"), engine);

    assertThat(resolution.argv()).containsExactly("x");
    assertThat(resolution.rule()).contains("drops the image's CMD");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void entrypointFlagTakesTheArgumentsAsItsCommand(EngineKind engine) {
    Resolution resolution =
        LaunchResolver.resolve(
            ImageLaunch.of(EXEC_EP, EXEC_CMD),
            Invocation.runWithEntrypoint("/bin/sh", "-c", "echo hi"),
            engine);

    assertThat(resolution.argv()).containsExactly("/bin/sh", "-c", "echo hi");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void emptyEntrypointFlagDropsCmdSoOnlyArgumentsRun(EngineKind engine) {
    ImageLaunch image = ImageLaunch.of(EXEC_EP, EXEC_CMD);

    assertThat(LaunchResolver.resolve(image, Invocation.runWithEntrypoint(""), engine).runs())
        .isFalse();
    assertThat(
            LaunchResolver.resolve(image, Invocation.runWithEntrypoint("", "echo", "z"), engine)
                .argv())
        .containsExactly("echo", "z");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void emptyStringEntrypointInTheImageCountsAsNone(EngineKind engine) {
    Resolution resolution =
        LaunchResolver.resolve(ImageLaunch.of(List.of(""), EXEC_CMD), Invocation.run(), engine);

    assertThat(resolution.argv()).containsExactly("c", "q");
    assertThat(resolution.rule()).contains("counts as none");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void emptyArrayEntrypointInTheImageCountsAsNone(EngineKind engine) {
    Resolution resolution =
        LaunchResolver.resolve(ImageLaunch.of(List.of(), EXEC_CMD), Invocation.run(), engine);

    assertThat(resolution.argv()).containsExactly("c", "q");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void emptyCmdArrayLeavesNothingToRun(EngineKind engine) {
    assertThat(
            LaunchResolver.resolve(ImageLaunch.of(null, List.of()), Invocation.run(), engine)
                .runs())
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void emptyStringCmdRunsAnEmptyProgramName(EngineKind engine) {
    assertThat(
            LaunchResolver.resolve(ImageLaunch.of(null, List.of("")), Invocation.run(), engine)
                .argv())
        .containsExactly("");
  }

  @ParameterizedTest
  @EnumSource(EngineKind.class)
  void anEmptyArgumentIsStillAnArgument(EngineKind engine) {
    assertThat(
            LaunchResolver.resolve(ImageLaunch.of(EXEC_EP, EXEC_CMD), Invocation.run(""), engine)
                .argv())
        .containsExactly("e", "p", "");
  }

  @org.junit.jupiter.api.Test
  void dockerTakesAJsonEntrypointFlagAsOneWord() {
    Resolution resolution =
        LaunchResolver.resolve(
            ImageLaunch.of(EXEC_EP, EXEC_CMD),
            Invocation.runWithEntrypoint("[\"echo\",\"j\"]"),
            DOCKER);

    assertThat(resolution.argv()).containsExactly("[\"echo\",\"j\"]");
  }

  @org.junit.jupiter.api.Test
  void podmanReadsAJsonEntrypointFlagAsAnArray() {
    Resolution resolution =
        LaunchResolver.resolve(
            ImageLaunch.of(EXEC_EP, EXEC_CMD),
            Invocation.runWithEntrypoint("[\"echo\",\"j\"]", "k"),
            PODMAN);

    assertThat(resolution.argv()).containsExactly("echo", "j", "k");
  }

  @org.junit.jupiter.api.Test
  void podmanEmptyJsonArrayEntrypointKeepsTheImageCmd() {
    Resolution resolution =
        LaunchResolver.resolve(
            ImageLaunch.of(EXEC_EP, EXEC_CMD), Invocation.runWithEntrypoint("[]"), PODMAN);

    assertThat(resolution.argv()).containsExactly("c", "q");
  }

  @org.junit.jupiter.api.Test
  void podmanJsonNullEntrypointMeansNoFlag() {
    Resolution resolution =
        LaunchResolver.resolve(
            ImageLaunch.of(EXEC_EP, EXEC_CMD), Invocation.runWithEntrypoint("null"), PODMAN);

    assertThat(resolution.argv()).containsExactly("e", "p", "c", "q");
  }

  @org.junit.jupiter.api.Test
  void podmanTakesTextThatIsNotAJsonArrayAsOneWord() {
    ImageLaunch image = ImageLaunch.of(EXEC_EP, EXEC_CMD);

    for (String value : List.of("[\"a\"] x", "\"a\"", "1", "{}", "[1")) {
      assertThat(LaunchResolver.resolve(image, Invocation.runWithEntrypoint(value), PODMAN).argv())
          .as(value)
          .containsExactly(value);
    }
  }

  @org.junit.jupiter.api.Test
  void podmanKeepsTheStringsOfAMixedJsonArrayAndAppendsTheWholeValue() {
    ImageLaunch image = ImageLaunch.of(EXEC_EP, EXEC_CMD);

    assertThat(LaunchResolver.resolve(image, Invocation.runWithEntrypoint("[1]"), PODMAN).argv())
        .containsExactly("", "[1]");
    assertThat(
            LaunchResolver.resolve(
                    image, Invocation.runWithEntrypoint("[\"a\",1,\"b\"]", "k"), PODMAN)
                .argv())
        .containsExactly("a", "", "b", "[\"a\",1,\"b\"]", "k");
  }

  @org.junit.jupiter.api.Test
  void podmanReadsANullElementAsAnEmptyWordThatCountsAsNoEntrypoint() {
    ImageLaunch image = ImageLaunch.of(EXEC_EP, EXEC_CMD);

    assertThat(LaunchResolver.resolve(image, Invocation.runWithEntrypoint("[null]"), PODMAN).runs())
        .isFalse();
    assertThat(
            LaunchResolver.resolve(image, Invocation.runWithEntrypoint("[null]", "a"), PODMAN)
                .argv())
        .containsExactly("a");
  }
}
