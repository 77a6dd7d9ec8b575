package dev.entrypoint.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A shell script read just far enough to judge how it starts its program: split into simple
 * commands at the control operators ({@code ;}, {@code &&}, {@code ||}, {@code |}, {@code &},
 * newlines), respecting quotes, escapes, comments and {@code $(...)}, each command as words with
 * quotes removed. It is not a shell: no expansion is done, compound commands are seen as their
 * words.
 */
final class ShellScript {

  /**
   * One simple command: its words (quotes removed), where each word starts in the script, and
   * whether every word is plain text that no shell would change.
   */
  record Command(List<String> words, List<Integer> wordStarts, boolean plain) {

    /** The words after any leading {@code NAME=value} assignments. */
    List<String> program() {
      return words.subList(assignments(), words.size());
    }

    /** Where the first word after the assignments starts in the script. */
    int programStart() {
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

  private static final Set<Character> NOT_PLAIN =
      Set.of('$', '`', '*', '?', '[', ']', '{', '}', '~', '<', '>', '(', ')', '\\', '!', '#');

  private final List<Command> commands;

  private ShellScript(List<Command> commands) {
    this.commands = List.copyOf(commands);
  }

  /** Reads {@code script}. */
  static ShellScript parse(String script) {
    return new Reader(script).read();
  }

  /** The simple commands, in order; empty ones (blank lines, comments) left out. */
  List<Command> commands() {
    return commands;
  }

  /** The last command, which is the long-running one of an entrypoint script. */
  Optional<Command> last() {
    return commands.isEmpty() ? Optional.empty() : Optional.of(commands.get(commands.size() - 1));
  }

  /**
   * The words of a one-command line with nothing a shell would change, without a leading {@code
   * exec}: what an exec-form array of the same line holds. Empty when the line needs a shell.
   */
  static Optional<List<String>> asExecForm(String line) {
    ShellScript script = parse(line);
    if (script.commands.size() != 1 || !script.commands.get(0).plain()) {
      return Optional.empty();
    }
    List<String> words = script.commands.get(0).words();
    if (words.get(0).equals("exec")) {
      words = words.subList(1, words.size());
    }
    if (words.isEmpty() || words.get(0).contains("=")) {
      return Optional.empty();
    }
    return Optional.of(words);
  }

  /** The program a line starts, skipping assignments and {@code exec}: {@code java}. */
  static String programOf(String line) {
    return parse(line).commands.stream()
        .findFirst()
        .map(Command::program)
        .map(words -> words.get(0).equals("exec") && words.size() > 1 ? words.get(1) : words.get(0))
        .orElse(line.strip());
  }

  /** Whether the first command of {@code line} is {@code exec PROGRAM...}. */
  static boolean startsWithExec(String line) {
    ShellScript script = parse(line);
    return !script.commands.isEmpty() && script.commands.get(0).program().get(0).equals("exec");
  }

  /** The tokenizer. */
  private static final class Reader {
    private final String text;
    private final List<Command> commands = new ArrayList<>();
    private List<String> words = new ArrayList<>();
    private List<Integer> starts = new ArrayList<>();
    private StringBuilder word;
    private int wordStart;
    private boolean plain = true;
    private int i;

    Reader(String text) {
      this.text = text;
    }

    ShellScript read() {
      while (i < text.length()) {
        char c = text.charAt(i);
        if (word == null && c == '#') {
          skipComment();
        } else if (c == ' ' || c == '\t' || c == '\r') {
          endWord();
          i++;
        } else if (c == '\n' || c == ';' || c == '&' || c == '|') {
          i++;
          endCommand();
        } else if (c == '\'') {
          quoted('\'');
        } else if (c == '"') {
          quoted('"');
        } else if (c == '\\' && i + 1 < text.length()) {
          if (text.charAt(i + 1) != '\n') {
            append(text.charAt(i + 1));
          }
          plain = false;
          i += 2;
        } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
          substitution();
        } else {
          if (NOT_PLAIN.contains(c)) {
            plain = false;
          }
          append(c);
          i++;
        }
      }
      endCommand();
      return new ShellScript(commands);
    }

    private void skipComment() {
      while (i < text.length() && text.charAt(i) != '\n') {
        i++;
      }
    }

    private void quoted(char quote) {
      startWord();
      i++;
      while (i < text.length() && text.charAt(i) != quote) {
        char c = text.charAt(i);
        if (quote == '"' && c == '\\' && i + 1 < text.length()) {
          word.append(text.charAt(i + 1));
          i += 2;
          continue;
        }
        if (quote == '"' && (c == '$' || c == '`')) {
          plain = false;
        }
        word.append(c);
        i++;
      }
      i++;
    }

    private void substitution() {
      plain = false;
      int depth = 0;
      do {
        char c = text.charAt(i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        append(c);
        i++;
      } while (i < text.length() && depth > 0);
    }

    private void append(char c) {
      startWord();
      word.append(c);
    }

    private void startWord() {
      if (word == null) {
        word = new StringBuilder();
        wordStart = i;
      }
    }

    private void endWord() {
      if (word != null) {
        words.add(word.toString());
        starts.add(wordStart);
        word = null;
      }
    }

    private void endCommand() {
      endWord();
      if (!words.isEmpty()) {
        commands.add(new Command(List.copyOf(words), List.copyOf(starts), plain));
      }
      words = new ArrayList<>();
      starts = new ArrayList<>();
      plain = true;
    }
  }
}
