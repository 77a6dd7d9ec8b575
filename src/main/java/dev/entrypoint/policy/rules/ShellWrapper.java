package dev.entrypoint.policy.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An exec-form array that starts a shell on a script, such as {@code ["sh", "-c", "script", "$0",
 * "$1"...]} or {@code ["/bin/bash", "-ec", "script"]}, and its script: {@code null} when the array
 * ends at {@code -c}, so that the CMD supplies the script.
 */
record ShellWrapper(String script) {

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox");

  /** The wrapper {@code argv} is, if it is one. */
  static Optional<ShellWrapper> of(List<String> argv) {
    if (argv == null || argv.size() < 2) {
      return Optional.empty();
    }
    String shell = argv.get(0);
    if (!SHELLS.contains(shell.substring(shell.lastIndexOf('/') + 1))) {
      return Optional.empty();
    }
    int index = 1;
    if (shell.endsWith("busybox")) {
      if (!argv.get(1).equals("sh")) {
        return Optional.empty();
      }
      index = 2;
    }
    while (index < argv.size()) {
      String option = argv.get(index);
      if (option.matches("-[A-Za-z]*c[A-Za-z]*")) {
        return Optional.of(new ShellWrapper(index + 1 < argv.size() ? argv.get(index + 1) : null));
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

  /** Whether the array ends at {@code -c}, waiting for its script. */
  boolean awaitsScript() {
    return script == null;
  }
}
