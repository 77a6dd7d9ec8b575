package dev.entrypoint.explain;

import java.util.List;

/**
 * One simple command of a shell line: its text as typed (trimmed) and the words a POSIX shell
 * passes to the program, quotes removed.
 *
 * @param text the command as typed, for reports
 * @param words the words, never empty
 */
public record ShellCommand(String text, List<String> words) {

  /** Copies the words. */
  public ShellCommand {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a command has at least one word");
    }
  }
}
