package dev.entrypoint.process;

import java.util.stream.Collectors;

/** How a finished {@link Command} ended: its exit code and what it wrote to stdout and stderr. */
public record CommandResult(int exitCode, String stdout, String stderr) {

  /** Whether the command exited with 0. */
  public boolean succeeded() {
    return exitCode == 0;
  }

  /**
   * What the command said about its failure: stderr without blank lines, or stdout when stderr is
   * empty, for example {@code Error response from daemon: No command specified}.
   */
  public String errorText() {
    String text = stderr.isBlank() ? stdout : stderr;
    return text.lines()
        .filter(line -> !line.isBlank())
        .map(String::strip)
        .collect(Collectors.joining("\n"));
  }
}
