package dev.entrypoint.launch;

import java.util.List;
import java.util.Optional;

/**
 * What {@code sh -c LINE WORD...} does with the words after its line: they become the line's
 * positional parameters {@code $0}, {@code $1}, ..., and a line that does not read them ignores
 * them. A shell-form ENTRYPOINT makes the CMD and the run arguments exactly such words, which is
 * why check, verify and explain all warn about it, in these words.
 */
public final class PositionalParameters {

  private PositionalParameters() {}

  /**
   * {@code /bin/sh -c runs only 'LINE'; the words after it, a b, become $0, $1, ... of that line,
   * which ignores them}; {@code shell} names what runs the line, such as {@code /bin/sh -c}.
   */
  public static String ignored(String shell, String line, List<String> words) {
    return shell
        + " runs only "
        + Argv.shellQuoted(line)
        + "; the words after it, "
        + Argv.shellQuoted(words)
        + ", become $0, $1, ... of that line, which ignores them";
  }

  /**
   * The note {@link #ignored} makes for an argv that starts {@code [<a shell>, "-c", LINE]} and has
   * more words, which the line ignores; empty for any other argv.
   */
  public static Optional<String> ignoredIn(List<String> argv) {
    if (argv == null
        || argv.size() <= 3
        || CommandForm.of(argv.subList(0, 3)) != CommandForm.SHELL) {
      return Optional.empty();
    }
    return Optional.of(ignored(argv.get(0) + " -c", argv.get(2), argv.subList(3, argv.size())));
  }
}
