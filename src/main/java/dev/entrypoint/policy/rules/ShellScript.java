package dev.entrypoint.policy.rules;

import dev.entrypoint.launch.ShellCommand;
import dev.entrypoint.launch.ShellWords;
import java.util.List;
import java.util.Optional;

/**
 * A shell script read just far enough to judge how it starts its program: its simple commands, as
 * {@link ShellWords} splits them. It is not a shell: no expansion is done, compound commands are
 * seen as their words, and a script no shell can read (a quote never closed) has no commands.
 */
final class ShellScript {

  private final List<ShellCommand> commands;

  private ShellScript(List<ShellCommand> commands) {
    this.commands = commands;
  }

  /** Reads {@code script}. */
  static ShellScript parse(String script) {
    try {
      return new ShellScript(ShellWords.commands(script));
    } catch (IllegalArgumentException unreadable) {
      return new ShellScript(List.of());
    }
  }

  /** The simple commands, in order; empty ones (blank lines, comments) left out. */
  List<ShellCommand> commands() {
    return commands;
  }

  /** The last command, which is the long-running one of an entrypoint script. */
  Optional<ShellCommand> last() {
    return commands.isEmpty() ? Optional.empty() : Optional.of(commands.get(commands.size() - 1));
  }

  /**
   * What an exec-form array of the same line holds: the line's words, without a leading {@code
   * exec}, as {@link ShellWords#execForm} reads them. Empty when the line needs a shell.
   */
  static Optional<List<String>> asExecForm(String line) {
    return ShellWords.execForm(line);
  }

  /** The program a line starts, skipping assignments and {@code exec}: {@code java}. */
  static String programOf(String line) {
    return parse(line).commands.stream()
        .findFirst()
        .map(ShellCommand::program)
        .map(words -> words.get(0).equals("exec") && words.size() > 1 ? words.get(1) : words.get(0))
        .orElse(line.strip().split("\\s+", 2)[0]);
  }

  /** Whether the first command of {@code line} is {@code exec PROGRAM...}. */
  static boolean startsWithExec(String line) {
    ShellScript script = parse(line);
    return !script.commands.isEmpty() && script.commands.get(0).program().get(0).equals("exec");
  }
}
