package dev.entrypoint.launch;

import java.util.List;

/**
 * How an ENTRYPOINT or CMD was written: as an exec-form JSON array, or in shell form, which the
 * builder stores as {@code ["/bin/sh", "-c", "<the line>"]}.
 *
 * <p>An image config stores only arrays, so the form of a stored value is read from its shape:
 * three elements, a shell first and {@code -c} second.
 */
public enum CommandForm {
  EXEC,
  SHELL;

  /**
   * The shell Docker wraps a shell-form instruction in when no {@code SHELL} instruction changed
   * it.
   */
  public static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

  /** Wraps a shell-form line exactly as Docker does: never split on spaces. */
  public static List<String> shellWrapped(String line) {
    return List.of(DEFAULT_SHELL.get(0), DEFAULT_SHELL.get(1), line);
  }

  /** The form a stored array has: {@link #SHELL} for {@code [<a shell>, "-c", <line>]}. */
  public static CommandForm of(List<String> stored) {
    return stored.size() == 3 && stored.get(1).equals("-c") && ShellWrapper.isShell(stored.get(0))
        ? SHELL
        : EXEC;
  }
}
