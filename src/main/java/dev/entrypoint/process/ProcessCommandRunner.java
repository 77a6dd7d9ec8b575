package dev.entrypoint.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs commands as real processes. Stdout and stderr are drained by a thread each while the process
 * runs, so a command that writes a lot never blocks on a full pipe, and nothing is written to disk:
 * an interrupted or killed build leaves no file behind.
 */
public final class ProcessCommandRunner implements CommandRunner {

  /**
   * How long the output is still read after the process has exited: a program may leave a child
   * behind (Podman's conmon) that holds the pipes open, and waiting for it would never end.
   */
  private static final long DRAIN_MILLIS = 5_000;

  @Override
  public CommandResult run(Command command) {
    Process process = start(command);
    CompletableFuture<String> stdout = drain(process.getInputStream(), command, "stdout");
    CompletableFuture<String> stderr = drain(process.getErrorStream(), command, "stderr");
    int exitCode = waitFor(process, command);
    return new CommandResult(exitCode, collected(stdout, command), collected(stderr, command));
  }

  private static Process start(Command command) {
    ProcessBuilder builder = new ProcessBuilder(command.argv());
    builder.environment().putAll(command.environment());
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      return process;
    } catch (IOException e) {
      throw new ProcessException("could not run '" + command.program() + "': " + e.getMessage(), e);
    }
  }

  /** Reads {@code stream} to its end on a daemon thread of its own. */
  private static CompletableFuture<String> drain(InputStream stream, Command command, String name) {
    CompletableFuture<String> text = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              try (stream) {
                stream.transferTo(bytes);
                text.complete(bytes.toString(StandardCharsets.UTF_8));
              } catch (IOException | RuntimeException e) {
                text.completeExceptionally(e);
              }
            },
            "entrypoint-" + name + "-of-" + command.program());
    reader.setDaemon(true);
    reader.start();
    return text;
  }

  private static int waitFor(Process process, Command command) {
    try {
      if (!process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        destroy(process);
        throw new CommandTimeoutException(command, command.timeout());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      destroy(process);
      Thread.currentThread().interrupt();
      throw new ProcessException("interrupted while running '" + command + "'; it was stopped", e);
    }
  }

  /** What the reader of a stream collected; the process has exited. */
  private static String collected(CompletableFuture<String> text, Command command) {
    try {
      return text.get(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcessException("interrupted while reading the output of '" + command + "'", e);
    } catch (TimeoutException e) {
      throw new ProcessException(
          "'"
              + command
              + "' exited, but a process it left behind kept its output open for "
              + DRAIN_MILLIS / 1000
              + " s",
          e);
    } catch (ExecutionException e) {
      throw new ProcessException(
          "could not read the output of '" + command + "': " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  private static void destroy(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
