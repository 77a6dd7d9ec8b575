package dev.entrypoint.launch;

import java.util.List;

/**
 * How an ENTRYPOINT or CMD was written: as an exec-form JSON array, or in shell form, which the
 * builder stores as {@code ["/bin/sh", "-c", "<the line>"]}.
 *
 * <p>An image config stores only arrays, so the form of a stored value is read from its shape: three
 * elements, a shell first and {@code -c} second.
 */
public enum CommandForm {
  EXEC,
  SHELL;

  /** The shell Docker wraps a shell-form instruction in when no {@code SHELL} instruction changed it. */
  public static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

  private static final List<String> SHELLS =
      List.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

  /** Wraps a shell-form line exactly as Docker does: never split on spaces. */
  public static List<String> shellWrapped(String line) {
    return List.of(DEFAULT_SHELL.get(0), DEFAULT_SHELL.get(1), line);
  }

  /** The form a stored array has: {@link #SHELL} for {@code [<a shell>, "-c", <line>]}. */
  public static CommandForm of(List<String> stored) {
    return isShellWrapper(stored) && stored.size() == 3 ? SHELL : EXEC;
  }

  /** Whether an argv starts with a shell and {@code -c}, such as {@code ["bash", "-c", ...]}. */
  public static boolean isShellWrapper(List<String> argv) {
    if (argv == null || argv.size() < 2 || !argv.get(1).equals("-c")) {
      return false;
    }
    String program = argv.get(0);
    String name = program.substring(program.lastIndexOf('/') + 1);
    return SHELLS.contains(name);
  }
}
