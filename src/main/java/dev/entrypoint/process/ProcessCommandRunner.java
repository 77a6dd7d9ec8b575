package dev.entrypoint.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands as real processes. Stdout and stderr go to temporary files, so a command that
 * writes a lot can never block on a full pipe; both are read once the process has ended.
 */
public final class ProcessCommandRunner implements CommandRunner {

  @Override
  public CommandResult run(Command command) {
    Path stdout = null;
    Path stderr = null;
    try {
      stdout = Files.createTempFile("entrypoint-cmd-", ".out");
      stderr = Files.createTempFile("entrypoint-cmd-", ".err");
      Process process = start(command, stdout, stderr);
      return new CommandResult(waitFor(process, command), read(stdout), read(stderr));
    } catch (IOException e) {
      throw new ProcessException(
          "could not capture the output of '" + command + "': " + e.getMessage(), e);
    } finally {
      deleteQuietly(stdout);
      deleteQuietly(stderr);
    }
  }

  private static Process start(Command command, Path stdout, Path stderr) {
    ProcessBuilder builder =
        new ProcessBuilder(command.argv())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    builder.environment().putAll(command.environment());
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      return process;
    } catch (IOException e) {
      throw new ProcessException("could not run '" + command.program() + "': " + e.getMessage(), e);
    }
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

  private static void destroy(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
