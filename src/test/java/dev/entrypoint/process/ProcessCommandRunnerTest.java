package dev.entrypoint.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real (non-engine) processes: the shell here is only the program under test. */
class ProcessCommandRunnerTest {

  private static final Duration LONG_ENOUGH = Duration.ofSeconds(30);

  private final ProcessCommandRunner runner = new ProcessCommandRunner();

  @Test
  void stdoutAndStderrAreCapturedSeparatelyWithTheExitCode() {
    CommandResult result = runner.run(sh("echo out; echo err >&2; exit 3", LONG_ENOUGH));

    assertThat(result).isEqualTo(new CommandResult(3, "out\n", "err\n"));
  }

  @Test
  void aLotOfOutputOnBothStreamsDoesNotBlockTheProcess() {
    CommandResult result = runner.run(sh("seq 1 200000; seq 1 200000 >&2", LONG_ENOUGH));

    assertThat(result.stdout().lines()).hasSize(200000);
    assertThat(result.stderr().lines()).hasSize(200000);
  }

  @Test
  void argumentsArePassedAsIsWithoutAShell() {
    CommandResult result =
        runner.run(
            new Command(List.of("printf", "[%s]", "a b", "", "$HOME"), Map.of(), LONG_ENOUGH));

    assertThat(result.stdout()).isEqualTo("[a b][][$HOME]");
  }

  @Test
  void theEnvironmentIsAddedToTheInheritedOne() {
    CommandResult result =
        runner.run(
            new Command(List.of("env"), Map.of("DOCKER_HOST", "unix:///tmp/x.sock"), LONG_ENOUGH));

    assertThat(result.stdout().lines())
        .contains("DOCKER_HOST=unix:///tmp/x.sock")
        .anyMatch(line -> line.startsWith("PATH="));
  }

  @Test
  void aCommandThatOutlivesItsTimeoutIsDestroyed(@TempDir Path dir) throws IOException {
    Path pidFile = dir.resolve("pid");
    long started = System.nanoTime();

    assertThatThrownBy(
            () ->
                runner.run(sh("echo $$ > " + pidFile + "; exec sleep 60", Duration.ofMillis(500))))
        .isInstanceOf(CommandTimeoutException.class)
        .hasMessageContaining("sleep 60");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    assertGone(Long.parseLong(Files.readString(pidFile).strip()));
  }

  @Test
  void anInterruptedCallerDestroysTheCommandAndKeepsItsInterruptFlag(@TempDir Path dir)
      throws Exception {
    Path pidFile = dir.resolve("pid");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                runner.run(sh("echo $$ > " + pidFile + "; exec sleep 60", LONG_ENOUGH));
              } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
              }
            });
    caller.start();
    while (!Files.exists(pidFile) || Files.readString(pidFile).isBlank()) {
      Thread.sleep(20);
    }

    caller.interrupt();
    caller.join(10_000);

    assertThat(thrown.get())
        .isInstanceOf(ProcessException.class)
        .hasMessageContaining("interrupted");
    assertThat(stillInterrupted).isTrue();
    assertGone(Long.parseLong(Files.readString(pidFile).strip()));
  }

  @Test
  void aMissingExecutableNamesTheProgram() {
    assertThatThrownBy(
            () ->
                runner.run(
                    new Command(List.of("/nonexistent/docker", "version"), Map.of(), LONG_ENOUGH)))
        .isInstanceOf(ProcessException.class)
        .hasMessageContaining("could not run '/nonexistent/docker'");
  }

  private static Command sh(String script, Duration timeout) {
    return new Command(List.of("sh", "-c", script), Map.of(), timeout);
  }

  private static void assertGone(long pid) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        .as("process %d alive", pid)
        .isFalse();
  }
}
