package dev.entrypoint.launch;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An argv that starts a shell on a script, such as {@code ["sh", "-c", "script", "$0", "$1"...]},
 * {@code ["/bin/bash", "-ec", "script"]} or {@code ["busybox", "sh", "-c", "script"]}.
 *
 * @param shell the words that start the shell, up to and including the option with {@code c}, such
 *     as {@code ["/bin/bash", "-ec"]}
 * @param script the script, or {@code null} when the argv ends at {@code -c}, so that the CMD
 *     supplies it
 */
public record ShellWrapper(List<String> shell, String script) {

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

  /** Copies the shell's words. */
  public ShellWrapper {
    shell = List.copyOf(shell);
  }

  /**
   * The wrapper {@code argv} is, if it is one: a shell, its options, then {@code -c} or combined
   * {@code -ec}.
   */
  public static Optional<ShellWrapper> of(List<String> argv) {
    if (argv == null || argv.isEmpty()) {
      return Optional.empty();
    }
    int index;
    if (isShell(argv.get(0))) {
      index = 1;
    } else if (argv.get(0).endsWith("busybox") && argv.size() > 1 && argv.get(1).equals("sh")) {
      index = 2;
    } else {
      return Optional.empty();
    }
    while (index < argv.size()) {
      String option = argv.get(index);
      if (option.matches("-[A-Za-z]*c[A-Za-z]*")) {
        String script = index + 1 < argv.size() ? argv.get(index + 1) : null;
        return Optional.of(new ShellWrapper(argv.subList(0, index + 1), script));
      }
      if (option.equals("-o") || option.equals("+o")) {
        index += 2;
      } else if (option.matches("[-+][A-Za-z]+")) {
        index++;
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code program}, by its name after the last {@code /}, is a POSIX shell such as {@code
   * sh} or {@code bash}.
   */
  public static boolean isShell(String program) {
    return SHELLS.contains(program.substring(program.lastIndexOf('/') + 1));
  }

  /** Whether the argv ends at {@code -c}, waiting for its script. */
  public boolean awaitsScript() {
    return script == null;
  }
}
