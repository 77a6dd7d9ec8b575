package dev.entrypoint.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.ShellWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunLineParserTest {

  private static RunLine parse(String line) {
    return RunLineParser.parse(ShellWords.commands(line).get(0));
  }

  private static void assertRefused(String line, String message) {
    assertThatThrownBy(() -> parse(line)).isInstanceOf(RunLineException.class).hasMessage(message);
  }

  @Test
  void theImageIsTheFirstWordThatIsNotAnOption() {
    RunLine run = parse("docker run --rm -p 5000:5000 --entrypoint /bin/sh IMG -c 'echo hi'");

    assertThat(run.engine()).isEqualTo(EngineKind.DOCKER);
    assertThat(run.invocation())
        .isEqualTo(Invocation.runWithEntrypoint("/bin/sh", "-c", "echo hi"));
  }

  @Test
  void optionsAfterTheImageAreArguments() {
    assertThat(parse("docker run IMG --rm -e X=1 --entrypoint y").invocation())
        .isEqualTo(Invocation.run("--rm", "-e", "X=1", "--entrypoint", "y"));
  }

  @Test
  void optionsThatTakeAValueTakeTheNextWordEvenWhenItLooksLikeAnImage() {
    assertThat(
            parse("podman run -e GREETING --name web -v /a:/b -w /app IMG x").invocation().args())
        .containsExactly("x");
  }

  @Test
  void switchesDoNotTakeAValue() {
    assertThat(parse("docker run --rm --init -i IMG x").invocation().args()).containsExactly("x");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "docker run --entrypoint=/bin/sh IMG|/bin/sh",
        "docker run --entrypoint= IMG|''",
        "docker run --entrypoint '' IMG|''",
        "docker run --entrypoint a --entrypoint b IMG|b",
        "podman run --entrypoint '[\"sh\",\"-c\"]' IMG|'[\"sh\",\"-c\"]'"
      })
  void theEntrypointValueIsKeptAsTyped(String line, String value) {
    assertThat(parse(line).invocation().entrypointFlag()).isEqualTo(value);
  }

  @Test
  void shorthandSwitchesCombineAndTheLastMayTakeAValue() {
    assertThat(parse("docker run -itd -p8080:80 -dp 9090:90 -e=A=1 IMG x").invocation().args())
        .containsExactly("x");
  }

  @Test
  void doubleDashEndsTheOptions() {
    assertThat(parse("docker run --rm -- --not-an-option-image a").invocation().args())
        .containsExactly("a");
  }

  @Test
  void switchesTakeAnExplicitBooleanValue() {
    assertThat(parse("docker run --init=false --rm=true IMG").init()).isFalse();
    assertThat(parse("podman run --init IMG").init()).isTrue();
  }

  @Test
  void engineOptionsBeforeTheSubcommandAreSkipped() {
    assertThat(parse("docker -H unix:///var/run/docker.sock --debug run IMG a").invocation())
        .isEqualTo(Invocation.run("a"));
    assertThat(parse("podman --runtime runc --cgroup-manager=cgroupfs run IMG a").invocation())
        .isEqualTo(Invocation.run("a"));
  }

  @Test
  void podmanSubcommandsTakeMostOfPodmansOwnOptionsDockersDoNot() {
    assertThat(parse("podman run --runtime runc IMG a").invocation())
        .isEqualTo(Invocation.run("a"));
    assertRefused("docker run --log-level debug IMG", "unknown flag: --log-level");
  }

  @Test
  void containerRunCreateAPromptSudoAndAssignmentsReadLikeRun() {
    assertThat(parse("DOCKER_HOST=unix:///x sudo /usr/bin/docker container run IMG a").invocation())
        .isEqualTo(Invocation.run("a"));
    assertThat(parse("$ docker run IMG a").invocation()).isEqualTo(Invocation.run("a"));
    assertThat(parse("podman create --entrypoint x IMG").invocation())
        .isEqualTo(Invocation.runWithEntrypoint("x"));
  }

  @Test
  void createRefusesTheOptionsOnlyRunHas() {
    assertRefused("docker create -d IMG", "unknown shorthand flag: 'd' in -d");
    assertRefused("podman create --rmi IMG", "unknown flag: --rmi");
  }

  @Test
  void unknownOptionsAreRefusedAsTheEngineRefusesThem() {
    assertRefused("docker run --frobnicate IMG", "unknown flag: --frobnicate");
    assertRefused("podman run -x IMG", "unknown shorthand flag: 'x' in -x");
    assertRefused("podman run --gpus all IMG", "unknown flag: --gpus");
  }

  @Test
  void aMissingValueOrImageIsRefused() {
    assertRefused("docker run --name", "flag needs an argument: --name");
    assertRefused("docker run -e", "flag needs an argument: 'e' in -e");
    assertRefused("docker run --rm", "'docker run' requires at least 1 argument");
    assertRefused("podman run --rm", "requires at least 1 arg(s), only received 0");
  }

  @Test
  void aSwitchWithABadValueIsRefused() {
    assertRefused(
        "docker run --rm=maybe IMG",
        "invalid argument \"maybe\" for \"--rm\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax");
  }

  @Test
  void otherCommandsAreNotRunLines() {
    assertThatThrownBy(() -> parse("kubectl run x --image IMG"))
        .isInstanceOf(RunLineException.class)
        .hasMessageContaining("neither docker nor podman")
        .extracting(e -> ((RunLineException) e).engine())
        .isNull();
    assertRefused(
        "docker build -t x .",
        "'docker build' starts no container: explain reads 'docker run' lines");
  }
}
