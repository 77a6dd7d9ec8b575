package dev.entrypoint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchResolver;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The config each stage ends with, as BuildKit computes it (checked on Docker by the engine test).
 */
class StageEvaluationTest {

  private static final String BASE = "example/base:1";
  private static final DockerfileParser PARSER =
      DockerfileParser.withBaseImages(
          BaseImageLookup.of(Map.of(BASE, ImageLaunch.of(List.of("/init"), List.of("base-cmd")))));

  private static ImageLaunch launch(String... lines) {
    Dockerfile dockerfile = PARSER.parse(String.join("\n", lines) + "\n");
    assertThat(dockerfile.problems()).isEmpty();
    return dockerfile.target().orElseThrow().launch();
  }

  private static List<String> list(String... items) {
    return Arrays.asList(items);
  }

  static Stream<Arguments> launches() {
    return Stream.of(
        arguments(
            List.of("FROM scratch", "CMD [\"c\"]", "ENTRYPOINT [\"e\"]"), list("e"), list("c")),
        arguments(
            List.of("FROM scratch", "ENTRYPOINT [\"e\"]", "CMD [\"c\"]"), list("e"), list("c")),
        arguments(List.of("FROM " + BASE), list("/init"), list("base-cmd")),
        arguments(List.of("FROM " + BASE, "ENTRYPOINT [\"e\"]"), list("e"), null),
        arguments(
            List.of("FROM " + BASE, "CMD [\"mine\"]", "ENTRYPOINT [\"e\"]"),
            list("e"),
            list("mine")),
        arguments(
            List.of("FROM " + BASE, "CMD", "ENTRYPOINT [\"e\"]"),
            list("e"),
            list("/bin/sh", "-c", "")),
        arguments(List.of("FROM " + BASE, "CMD []", "ENTRYPOINT [\"e\"]"), list("e"), null),
        arguments(List.of("FROM " + BASE, "CMD [\"x\"]"), list("/init"), list("x")),
        arguments(
            List.of("FROM scratch", "CMD [\"a\"]", "CMD b"), null, list("/bin/sh", "-c", "b")),
        arguments(List.of("FROM scratch", "CMD [\"a\"]", "ENTRYPOINT []"), null, list("a")),
        arguments(List.of("FROM scratch", "ENTRYPOINT [\"\"]", "CMD [\"\"]"), list(""), list("")),
        arguments(List.of("FROM scratch", "ENTRYPOINT"), list("/bin/sh", "-c", ""), null),
        arguments(List.of("FROM scratch", "CMD   "), null, list("/bin/sh", "-c", "")),
        arguments(
            List.of("FROM scratch", "SHELL [\"bash\", \"-ec\"]", "ENTRYPOINT run $X"),
            list("bash", "-ec", "run $X"),
            null),
        arguments(
            List.of("FROM scratch", "CMD early", "SHELL [\"bash\", \"-c\"]", "ENTRYPOINT late"),
            list("bash", "-c", "late"),
            list("/bin/sh", "-c", "early")));
  }

  @ParameterizedTest
  @MethodSource("launches")
  void entrypointAndCmdAreStoredAsBuildKitStoresThem(
      List<String> lines, List<String> entrypoint, List<String> cmd) {
    assertThat(launch(lines.toArray(String[]::new))).isEqualTo(ImageLaunch.of(entrypoint, cmd));
  }

  @Test
  void aStageBuiltOnAStageInheritsItsLaunchShellUserWorkdirEnvAndPorts() {
    Dockerfile dockerfile =
        PARSER.parse(
            String.join(
                "\n",
                "FROM scratch AS Base",
                "SHELL [\"/bin/bash\", \"-c\"]",
                "ENV A=1",
                "WORKDIR /srv",
                "USER app",
                "EXPOSE 8080",
                "ENTRYPOINT [\"/app\"]",
                "CMD [\"--help\"]",
                "FROM base",
                "CMD serve"));
    Stage child = dockerfile.target().orElseThrow();
    assertThat(child.base()).isEqualTo(StageBase.stage(0, "base"));
    assertThat(child.launch())
        .isEqualTo(ImageLaunch.of(List.of("/app"), List.of("/bin/bash", "-c", "serve")));
    assertThat(child.config().user()).isEqualTo("app");
    assertThat(child.config().workdir()).isEqualTo("/srv");
    assertThat(child.config().env()).containsExactly("PATH=" + LaunchResolver.DEFAULT_PATH, "A=1");
    assertThat(child.config().exposedPorts()).containsExactly("8080/tcp");
    assertThat(child.config().shell()).containsExactly("/bin/bash", "-c");
    assertThat(child.config().effectiveShell()).containsExactly("/bin/bash", "-c");
    assertThat(child.base().isStage()).isTrue();
    assertThat(dockerfile.stages().get(0).config().effectiveShell())
        .containsExactly("/bin/bash", "-c");
  }

  @Test
  void withoutAShellInstructionShellFormUsesBinShDashC() {
    Stage stage = PARSER.parse("FROM " + BASE + "\n").target().orElseThrow();
    assertThat(stage.config().shell()).isNull();
    assertThat(stage.config().effectiveShell()).containsExactly("/bin/sh", "-c");
    assertThat(stage.base().isImage()).isTrue();
  }

  @Test
  void entrypointInAChildStageDropsTheCmdItInherited() {
    assertThat(launch("FROM scratch AS base", "CMD [\"c\"]", "FROM base", "ENTRYPOINT [\"e\"]"))
        .isEqualTo(ImageLaunch.of(List.of("e"), null));
  }

  @Test
  void stageNamesAreMatchedExactlyAfterDockerLowerCasesThem() {
    Dockerfile dockerfile = PARSER.parse("FROM scratch AS Build\nCMD [\"c\"]\nFROM BUILD\n");
    assertThat(dockerfile.stages().get(0).name()).isEqualTo("build");
    assertThat(dockerfile.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(3);
              assertThat(problem.message())
                  .contains("invalid reference format")
                  .contains("write FROM build");
            });
  }

  @Test
  void aStageNameDefinedLaterIsAnImageNotAStage() {
    Dockerfile dockerfile = PARSER.parse("FROM later AS first\nFROM scratch AS later\n");
    assertThat(dockerfile.stages().get(0).base()).isEqualTo(StageBase.image("later"));
  }

  @Test
  void anUnknownBaseImageMakesTheLaunchUnknownUntilTheStageDecidesIt() {
    DockerfileParser parser = DockerfileParser.withUnknownBaseImages();
    StageConfig inherits = parser.parse("FROM nginx\nUSER web\n").target().orElseThrow().config();
    assertThat(inherits.launchKnown()).isFalse();
    assertThat(inherits.launch()).isEqualTo(ImageLaunch.none());
    StageConfig onlyCmd = parser.parse("FROM nginx\nCMD [\"x\"]\n").target().orElseThrow().config();
    assertThat(onlyCmd.launchKnown()).isFalse();
    StageConfig decided =
        parser.parse("FROM nginx\nENTRYPOINT [\"x\"]\n").target().orElseThrow().config();
    assertThat(decided.launchKnown()).isTrue();
    assertThat(decided.launch()).isEqualTo(ImageLaunch.of(List.of("x"), null));
  }

  @Test
  void globalArgsExpandFromLinesWithDefaults() {
    Dockerfile dockerfile =
        PARSER.parse(
            String.join(
                "\n",
                "ARG REGISTRY=example",
                "ARG NAME",
                "ARG TAG=1",
                "FROM ${REGISTRY}/${NAME:-base}:$TAG AS app",
                "FROM --platform=$BUILDPLATFORM scratch"));
    assertThat(dockerfile.problems()).isEmpty();
    Stage app = dockerfile.stages().get(0);
    assertThat(app.base()).isEqualTo(StageBase.image(BASE));
    assertThat(app.launch()).isEqualTo(ImageLaunch.of(List.of("/init"), List.of("base-cmd")));
    assertThat(dockerfile.stages().get(1).platform()).isEqualTo("linux/amd64");
  }

  @Test
  void aFromLineThatExpandsToNothingIsAProblem() {
    assertThat(PARSER.parse("ARG IMAGE\nFROM $IMAGE\n").problems())
        .extracting(ParseProblem::message)
        .singleElement()
        .asString()
        .contains("base name ($IMAGE) should not be blank");
  }

  @Test
  void envArgUserWorkdirAndExposeAreExpandedAsDockerDoes() {
    StageConfig config =
        PARSER
            .parse(
                String.join(
                    "\n",
                    "FROM scratch",
                    "ARG UID=1000 GID=$UID",
                    "ENV A=1 B=$A C=\"x y\"",
                    "ENV D=$A-${B:-unset}",
                    "ENV FILE=app.tar.gz",
                    "ENV STEM=${FILE%%.*} EXT=${FILE#*.}",
                    "WORKDIR opt",
                    "WORKDIR ../srv/./app/",
                    "USER $UID:$GID",
                    "EXPOSE 80 53/UDP 9000-9001"))
            .target()
            .orElseThrow()
            .config();
    assertThat(config.env())
        .containsExactly(
            "PATH=" + LaunchResolver.DEFAULT_PATH,
            "A=1",
            "B=",
            "C=x y",
            "D=1-unset",
            "FILE=app.tar.gz",
            "STEM=app",
            "EXT=tar.gz");
    assertThat(config.workdir()).isEqualTo("/srv/app");
    assertThat(config.user()).isEqualTo("1000:1000");
    assertThat(config.exposedPorts()).containsExactly("53/udp", "80/tcp", "9000/tcp", "9001/tcp");
  }

  @Test
  void anAbsoluteWorkdirIsKeptAsWritten() {
    assertThat(
            PARSER
                .parse("FROM scratch\nWORKDIR /a//b/\n")
                .target()
                .orElseThrow()
                .config()
                .workdir())
        .isEqualTo("/a//b/");
  }

  @Test
  void scratchStartsWithWorkdirRootAndTheDefaultPath() {
    StageConfig config = PARSER.parse("FROM scratch\n").target().orElseThrow().config();
    assertThat(config.workdir()).isEqualTo("/");
    assertThat(config.env()).containsExactly("PATH=" + LaunchResolver.DEFAULT_PATH);
  }

  @Test
  void healthcheckIsStoredAsItsTest() {
    Dockerfile dockerfile =
        PARSER.parse(
            String.join(
                "\n",
                "FROM scratch AS checked",
                "HEALTHCHECK --interval=10s CMD curl -f http://localhost/",
                "FROM checked AS unchecked",
                "HEALTHCHECK NONE",
                "FROM scratch",
                "HEALTHCHECK CMD [\"/probe\"]"));
    assertThat(dockerfile.stages().get(0).config().healthcheck())
        .containsExactly("CMD-SHELL", "curl -f http://localhost/");
    assertThat(dockerfile.stages().get(1).config().hasHealthcheck()).isFalse();
    assertThat(dockerfile.stages().get(1).config().healthcheck()).containsExactly("NONE");
    assertThat(dockerfile.stages().get(2).config().healthcheck()).containsExactly("CMD", "/probe");
  }

  @Test
  void onbuildTriggersOfABaseStageRunFirstInTheChild() {
    Dockerfile dockerfile =
        PARSER.parse(
            String.join(
                "\n",
                "FROM scratch AS base",
                "ONBUILD CMD [\"from-trigger\"]",
                "FROM base",
                "ENTRYPOINT [\"e\"]"));
    assertThat(dockerfile.stages().get(0).config().onBuild())
        .containsExactly("CMD [\"from-trigger\"]");
    assertThat(dockerfile.target().orElseThrow().config().onBuild()).isEmpty();
    assertThat(dockerfile.target().orElseThrow().launch())
        .isEqualTo(ImageLaunch.of(List.of("e"), List.of("from-trigger")));
  }

  @Test
  void anyStageCanBeAskedForByNameInAnyCaseOrByIndex() {
    Dockerfile dockerfile =
        PARSER.parse("FROM scratch AS build\nCMD [\"b\"]\nFROM scratch\nCMD [\"r\"]\n");
    assertThat(dockerfile.target().orElseThrow().index()).isEqualTo(1);
    assertThat(dockerfile.stage("BUILD").orElseThrow().launch().cmd()).containsExactly("b");
    assertThat(dockerfile.stage("1").orElseThrow().launch().cmd()).containsExactly("r");
    assertThat(dockerfile.stage("2")).isEmpty();
    assertThat(dockerfile.stage("nope")).isEmpty();
  }

  @Test
  void theStageKeepsItsOwnInstructionsInOrder() {
    Stage stage =
        PARSER.parse("FROM scratch\nCMD [\"a\"]\nENV A=1\nCMD [\"b\"]\n").target().orElseThrow();
    assertThat(stage.instructions())
        .extracting(Instruction::kind)
        .containsExactly(Keyword.CMD, Keyword.ENV, Keyword.CMD);
    assertThat(stage.instructions(Keyword.CMD))
        .extracting(Instruction::startLine)
        .containsExactly(2, 4);
    assertThat(stage.from().startLine()).isEqualTo(1);
  }
}
