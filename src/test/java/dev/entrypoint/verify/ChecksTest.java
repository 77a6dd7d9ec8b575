package dev.entrypoint.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.engine.ContainerLogs;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchResolver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

  private static final List<String> ARGS = List.of("a", "two words");

  private static Observation created(List<String> argv) {
    Observation observation = new Observation();
    observation.argv(argv);
    return observation;
  }

  private static Observation ran(List<String> argv, int exitCode, String stdout) {
    Observation observation = created(argv);
    observation.exitCode(exitCode);
    observation.logs(new ContainerLogs(stdout, ""));
    return observation;
  }

  @Test
  void argumentsReachAnExecFormEntrypoint() {
    ArgumentsCheck check = new ArgumentsCheck(ImageLaunch.of(List.of("java", "Main"), null), ARGS);

    assertThat(check.failure(created(List.of("java", "Main", "a", "two words")))).isEmpty();
  }

  @Test
  void argumentsAfterAShellFormEntrypointAreIgnored() {
    ImageLaunch shell = ImageLaunch.of(CommandForm.shellWrapped("java Main"), null);
    ArgumentsCheck check = new ArgumentsCheck(shell, ARGS);

    assertThat(check.failure(created(List.of("/bin/sh", "-c", "java Main", "a", "two words"))))
        .hasValueSatisfying(
            observed ->
                assertThat(observed)
                    .contains("the ENTRYPOINT is shell form, so /bin/sh -c runs only 'java Main'")
                    .contains(
                        "; the words after it, a 'two words', become $0, $1, ... of that line, which ignores them"));
  }

  @Test
  void aSingleShellFormCommandIsSuggestedInExecForm() {
    ArgumentsCheck single =
        new ArgumentsCheck(
            ImageLaunch.of(CommandForm.shellWrapped("java -jar 'my app.jar'"), null), ARGS);
    ArgumentsCheck list =
        new ArgumentsCheck(
            ImageLaunch.of(CommandForm.shellWrapped("cd /app && java Main"), null), ARGS);

    assertThat(single.expected())
        .isEqualTo(
            "the arguments a 'two words' reach the ENTRYPOINT's program as its own,"
                + " which needs the ENTRYPOINT in exec form, such as [\"java\", \"-jar\", \"my app.jar\"]");
    assertThat(list.expected()).endsWith("which needs the ENTRYPOINT in exec form");
  }

  @Test
  void argumentsWithoutAnEntrypointReplaceTheCommand() {
    ArgumentsCheck check = new ArgumentsCheck(ImageLaunch.of(null, List.of("java", "Main")), ARGS);

    assertThat(check.failure(created(ARGS)))
        .hasValueSatisfying(
            observed -> assertThat(observed).endsWith("the arguments replaced its whole command"));
  }

  @Test
  void aPredictedRefusalPassesWhenTheEngineRefuses() {
    ArgvCheck check =
        ArgvCheck.predicted(
            LaunchResolver.resolve(ImageLaunch.none(), Invocation.run(), EngineKind.DOCKER));
    Observation refused = new Observation();
    refused.createError("Error response from daemon: No command specified");

    assertThat(check.failure(refused)).isEmpty();
    assertThat(check.failure(created(List.of("sh")))).contains("argv [\"sh\"]");
  }

  @Test
  void anExactArgvFailsWithTheObservedOne() {
    ArgvCheck check = ArgvCheck.exactly(List.of("echo", "hi"), null);

    assertThat(check.failure(created(List.of("echo", "hi")))).isEmpty();
    assertThat(check.failure(created(List.of("/bin/sh", "-c", "echo hi"))))
        .contains("argv [\"/bin/sh\", \"-c\", \"echo hi\"]");
  }

  @Test
  void anExitCodeThatNeverCameIsATimeout() {
    Observation hanging = created(List.of("sleep", "1000"));
    hanging.stillRunningAfter(Duration.ofSeconds(5));

    assertThat(new ExitCodeCheck(0).failure(hanging))
        .contains("still running after 5.0 s (the scenario's timeout): stopped and removed");
    assertThat(new ExitCodeCheck(0).failure(ran(List.of("x"), 2, ""))).contains("exit code 2");
  }

  @Test
  void checksOfARunningProgramSayWhenItNeverStarted() {
    Observation notStarted = created(List.of("/missing"));
    notStarted.startError("exec: \"/missing\": no such file");

    assertThat(new ExitCodeCheck(0).failure(notStarted))
        .contains(
            "the container did not start: exec: \"/missing\": no such file (argv [\"/missing\"])");
  }

  @Test
  void outputIsSearchedLineByLine() {
    OutputCheck check = new OutputCheck(OutputCheck.Stream.STDOUT, "^Rocks!!$");

    assertThat(check.failure(ran(List.of("echo"), 0, "first\nRocks!!\nlast\n"))).isEmpty();
    assertThat(check.failure(ran(List.of("echo"), 0, "Rocks!! not alone\n")))
        .contains("stdout is 'Rocks!! not alone'");
    assertThat(
            new OutputCheck(OutputCheck.Stream.STDERR, "x").failure(ran(List.of("echo"), 0, "x")))
        .contains("stderr is empty");
  }

  @Test
  void aStopThatHadToKillSaysWhy() {
    Observation killed = created(List.of("/bin/sh", "-c", "java Main; echo done"));
    killed.stop(new StopOutcome(false, 137, Duration.ofSeconds(3), Duration.ofSeconds(3)));
    Observation graceful = created(List.of("java", "Main"));
    graceful.stop(new StopOutcome(false, 143, Duration.ofMillis(300), Duration.ofSeconds(3)));

    StopCheck check = new StopCheck(Duration.ofSeconds(3), false);

    assertThat(check.failure(killed))
        .hasValueSatisfying(
            observed ->
                assertThat(observed)
                    .startsWith("still running 3.0 s after SIGTERM: killed (exit code 137)")
                    .contains("PID 1 is /bin/sh -c, which does not pass SIGTERM on"));
    assertThat(check.failure(graceful)).isEmpty();
  }

  @Test
  void aStopThatHadToKillNamesAnyShellWrapperAsPidOne() {
    Observation bash = created(List.of("bash", "-ec", "java Main"));
    bash.stop(new StopOutcome(false, 137, Duration.ofSeconds(3), Duration.ofSeconds(3)));
    Observation busybox = created(List.of("/bin/busybox", "sh", "-c", "java Main"));
    busybox.stop(new StopOutcome(false, 137, Duration.ofSeconds(3), Duration.ofSeconds(3)));

    StopCheck check = new StopCheck(Duration.ofSeconds(3), false);

    assertThat(check.failure(bash))
        .hasValueSatisfying(observed -> assertThat(observed).contains("PID 1 is bash -ec,"));
    assertThat(check.failure(busybox))
        .hasValueSatisfying(
            observed -> assertThat(observed).contains("PID 1 is /bin/busybox sh -c,"));
  }

  @Test
  void aProgramThatExitedBeforeTheStopPassesOnlyTheDerivedCheck() {
    Observation exited = created(List.of("true"));
    exited.stop(new StopOutcome(true, 0, Duration.ZERO, Duration.ofSeconds(10)));

    assertThat(new StopCheck(Duration.ofSeconds(10), true).failure(exited)).isEmpty();
    assertThat(new StopCheck(Duration.ofSeconds(10), false).failure(exited))
        .contains("exited by itself with code 0 before SIGTERM was sent");
  }

  @Test
  void httpChecksReportTheAnswer() {
    HttpExpectation expected =
        new HttpExpectation(5000, "/", 200, "server 1", Duration.ofSeconds(30));
    Observation observation = created(List.of("java"));
    observation.answer(expected, new HttpAnswer(false, "answered 404: 'not found'"));

    assertThat(new HttpCheck(expected).failure(observation)).contains("answered 404: 'not found'");
    assertThat(new HttpCheck(expected).expected())
        .isEqualTo("GET :5000/ answers 200 with a body containing /server 1/ within 30.0 s");
  }
}
