package dev.entrypoint.launch;

import java.util.List;

/**
 * One simple command of a shell line: its text as typed (trimmed), the words a POSIX shell passes
 * to the program (quotes removed, nothing expanded), where each word starts, and whether the shell
 * does more than split words.
 *
 * @param text the command as typed, for reports
 * @param words the words, never empty
 * @param wordStarts where each word starts in the text that was read, counted from 0
 * @param needsShell whether a shell would change the words or act on them: a variable, glob, tilde,
 *     command substitution, brace, escape or redirection outside single quotes, so that the words
 *     as an exec-form array would not do the same
 */
public record ShellCommand(
    String text, List<String> words, List<Integer> wordStarts, boolean needsShell) {

  /** Copies the lists. */
  public ShellCommand {
    words = List.copyOf(words);
    wordStarts = List.copyOf(wordStarts);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a command has at least one word");
    }
    if (wordStarts.size() != words.size()) {
      throw new IllegalArgumentException("every word has one start");
    }
  }

  /** The words after any leading {@code NAME=value} assignments: the program and its arguments. */
  public List<String> program() {
    return words.subList(assignments(), words.size());
  }

  /** Where the program's word starts in the text that was read. */
  public int programStart() {
    return wordStarts.get(assignments());
  }

  private int assignments() {
    int count = 0;
    while (count < words.size() - 1 && words.get(count).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
      count++;
    }
    return count;
  }
}
