package dev.entrypoint.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits text into commands and words the way a POSIX shell does, without expanding anything:
 * single quotes keep everything, double quotes keep everything but {@code \$ \` \" \\} and a
 * backslash-newline, a backslash outside quotes keeps the next character, {@code ''} is an empty
 * word. Commands end at an unquoted {@code ;}, newline, {@code &}, {@code &&}, {@code |} or {@code
 * ||}; a word that starts with {@code #} starts a comment; redirections such as {@code > out.txt}
 * or {@code 2>&1} are dropped with their target. Variables ({@code $HOME}) are left as typed, and a
 * command substitution ({@code $(...)} or {@code `...`}) stays whole in its word.
 */
public final class ShellWords {

  /** Characters a shell acts on when they stand outside quotes. */
  private static final String SPECIAL = "$`*?[]{}~()!";

  private final String text;
  private final boolean operators;
  private final List<ShellCommand> commands = new ArrayList<>();
  private final List<String> words = new ArrayList<>();
  private final List<Integer> wordStarts = new ArrayList<>();
  private final StringBuilder word = new StringBuilder();
  private boolean inWord;
  private int wordStart;
  private boolean wordIsRedirectTarget;
  private boolean needsShell;
  private int commandStart;
  private int position;

  private ShellWords(String text, boolean operators) {
    this.text = text;
    this.operators = operators;
  }

  /**
   * The commands in {@code text}, in order; empty commands are left out.
   *
   * @throws IllegalArgumentException when a quote or command substitution is not closed, naming
   *     where it opened
   */
  public static List<ShellCommand> commands(String text) {
    ShellWords reader = new ShellWords(text, true);
    reader.read();
    return List.copyOf(reader.commands);
  }

  /**
   * The words of {@code text} with quotes removed, such as a list of engine flags: only blanks and
   * newlines separate words; {@code ;}, {@code &}, {@code |}, {@code #} and {@code >} are plain
   * characters.
   *
   * @throws IllegalArgumentException when a quote is not closed
   */
  public static List<String> words(String text) {
    ShellWords reader = new ShellWords(text, false);
    reader.read();
    return reader.commands.isEmpty() ? List.of() : reader.commands.get(0).words();
  }

  /**
   * The exec-form argv that runs what the shell line {@code line} runs, without the shell: its
   * words, when the line is one simple command that {@linkplain ShellCommand#needsShell needs no
   * shell} and sets no variable, with a leading {@code exec} left out. Empty when the line needs a
   * shell or no shell can read it.
   */
  public static Optional<List<String>> execForm(String line) {
    List<ShellCommand> read;
    try {
      read = commands(line);
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
    if (read.size() != 1 || read.get(0).needsShell()) {
      return Optional.empty();
    }
    List<String> argv = read.get(0).words();
    if (argv.get(0).equals("exec")) {
      argv = argv.subList(1, argv.size());
    }
    if (argv.isEmpty() || argv.get(0).contains("=")) {
      return Optional.empty();
    }
    return Optional.of(argv);
  }

  private void read() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (!operators && "\n;&|<>#".indexOf(c) >= 0) {
        if (c == '\n') {
          endWord();
          position++;
        } else {
          append(c);
        }
        continue;
      }
      switch (c) {
        case '\\' -> escaped();
        case '\'' -> singleQuoted();
        case '"' -> doubleQuoted();
        case ' ', '\t', '\r' -> {
          endWord();
          position++;
        }
        case '\n', ';' -> endCommand(1);
        case '&', '|' -> endCommand(text.startsWith(String.valueOf(c) + c, position) ? 2 : 1);
        case '>', '<' -> redirection();
        case '#' -> {
          if (inWord) {
            append(c);
          } else {
            skipComment();
          }
        }
        case '`' -> substitution("`", '`');
        default -> {
          if (c == '$' && text.startsWith("$(", position)) {
            substitution("$(", ')');
          } else {
            needsShell |= SPECIAL.indexOf(c) >= 0;
            append(c);
          }
        }
      }
    }
    endCommand(0);
  }

  private void escaped() {
    needsShell = true;
    if (position + 1 >= text.length()) {
      append('\\');
    } else if (text.charAt(position + 1) == '\n') {
      position += 2;
    } else {
      startWord();
      word.append(text.charAt(position + 1));
      position += 2;
    }
  }

  private void singleQuoted() {
    int close = text.indexOf('\'', position + 1);
    if (close < 0) {
      throw unclosed("quote '");
    }
    startWord();
    word.append(text, position + 1, close);
    position = close + 1;
  }

  private void doubleQuoted() {
    int opened = position;
    startWord();
    position++;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '"') {
        position++;
        return;
      }
      if (c == '\\'
          && position + 1 < text.length()
          && "$`\"\\\n".indexOf(text.charAt(position + 1)) >= 0) {
        if (text.charAt(position + 1) != '\n') {
          word.append(text.charAt(position + 1));
        }
        position += 2;
      } else {
        needsShell |= c == '$' || c == '`';
        word.append(c);
        position++;
      }
    }
    position = opened;
    throw unclosed("quote \"");
  }

  /**
   * {@code $(...)}, nested parentheses included, or {@code `...`}: kept as typed, in the current
   * word.
   */
  private void substitution(String open, char close) {
    int opened = position;
    needsShell = true;
    startWord();
    word.append(open);
    position += open.length();
    int depth = 1;
    while (position < text.length()) {
      char c = text.charAt(position);
      word.append(c);
      position++;
      if (c == close) {
        depth--;
      } else if (c == '(' && close == ')') {
        depth++;
      }
      if (depth == 0) {
        return;
      }
    }
    position = opened;
    throw unclosed("command substitution " + open);
  }

  /**
   * {@code [n]>}, {@code >>}, {@code >&}, {@code >|}, {@code <}, {@code <&}, {@code <>}, {@code
   * &>}: dropped with their target.
   */
  private void redirection() {
    needsShell = true;
    boolean fileDescriptor = inWord && !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    if (fileDescriptor) {
      word.setLength(0);
      inWord = false;
    } else {
      endWord();
    }
    position++;
    if (position < text.length() && ">&|<".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    wordIsRedirectTarget = true;
  }

  private void skipComment() {
    while (position < text.length() && text.charAt(position) != '\n') {
      position++;
    }
  }

  private void append(char c) {
    startWord();
    word.append(c);
    position++;
  }

  private void startWord() {
    if (!inWord) {
      inWord = true;
      wordStart = position;
    }
  }

  private void endWord() {
    if (!inWord) {
      return;
    }
    if (wordIsRedirectTarget) {
      wordIsRedirectTarget = false;
    } else {
      words.add(word.toString());
      wordStarts.add(wordStart);
    }
    word.setLength(0);
    inWord = false;
  }

  /**
   * Ends the command at the current position and skips its separator, {@code separatorLength}
   * characters.
   */
  private void endCommand(int separatorLength) {
    endWord();
    wordIsRedirectTarget = false;
    if (!words.isEmpty()) {
      commands.add(
          new ShellCommand(
              text.substring(commandStart, position).strip(), words, wordStarts, needsShell));
      words.clear();
      wordStarts.clear();
    }
    needsShell = false;
    position += separatorLength;
    commandStart = position;
  }

  private IllegalArgumentException unclosed(String opening) {
    return new IllegalArgumentException(
        "the "
            + opening
            + " at character "
            + (position + 1)
            + " is never closed: "
            + text.substring(position, Math.min(text.length(), position + 40)));
  }
}
