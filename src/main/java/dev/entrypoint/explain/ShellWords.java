package dev.entrypoint.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into commands and words the way a POSIX shell does, without expanding anything:
 * single quotes keep everything, double quotes keep everything but {@code \$ \` \" \\} and a
 * backslash-newline, a backslash outside quotes keeps the next character, {@code ''} is an empty
 * word. Commands end at an unquoted {@code ;}, newline, {@code &}, {@code &&}, {@code |} or
 * {@code ||}; a word that starts with {@code #} starts a comment; redirections such as
 * {@code > out.txt} or {@code 2>&1} are dropped with their target. Variables ({@code $HOME}) are
 * left as typed.
 */
public final class ShellWords {

  private final String text;
  private final boolean operators;
  private final List<ShellCommand> commands = new ArrayList<>();
  private final List<String> words = new ArrayList<>();
  private final StringBuilder word = new StringBuilder();
  private boolean inWord;
  private boolean wordIsRedirectTarget;
  private int commandStart;
  private int position;

  private ShellWords(String text, boolean operators) {
    this.text = text;
    this.operators = operators;
  }

  /**
   * The commands in {@code text}, in order; empty commands are left out.
   *
   * @throws IllegalArgumentException when a quote is not closed, naming where it opened
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
        default -> append(c);
      }
    }
    endCommand(0);
  }

  private void escaped() {
    if (position + 1 >= text.length()) {
      append('\\');
    } else if (text.charAt(position + 1) == '\n') {
      position += 2;
    } else {
      inWord = true;
      word.append(text.charAt(position + 1));
      position += 2;
    }
  }

  private void singleQuoted() {
    int close = text.indexOf('\'', position + 1);
    if (close < 0) {
      throw unclosed('\'');
    }
    inWord = true;
    word.append(text, position + 1, close);
    position = close + 1;
  }

  private void doubleQuoted() {
    int opened = position;
    inWord = true;
    position++;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '"') {
        position++;
        return;
      }
      if (c == '\\' && position + 1 < text.length() && "$`\"\\\n".indexOf(text.charAt(position + 1)) >= 0) {
        if (text.charAt(position + 1) != '\n') {
          word.append(text.charAt(position + 1));
        }
        position += 2;
      } else {
        word.append(c);
        position++;
      }
    }
    position = opened;
    throw unclosed('"');
  }

  /** {@code [n]>}, {@code >>}, {@code >&}, {@code >|}, {@code <}, {@code <&}, {@code <>}, {@code &>}: dropped with their target. */
  private void redirection() {
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
    inWord = true;
    word.append(c);
    position++;
  }

  private void endWord() {
    if (!inWord) {
      return;
    }
    if (wordIsRedirectTarget) {
      wordIsRedirectTarget = false;
    } else {
      words.add(word.toString());
    }
    word.setLength(0);
    inWord = false;
  }

  /** Ends the command at the current position and skips its separator, {@code separatorLength} characters. */
  private void endCommand(int separatorLength) {
    endWord();
    wordIsRedirectTarget = false;
    if (!words.isEmpty()) {
      commands.add(new ShellCommand(text.substring(commandStart, position).strip(), words));
      words.clear();
    }
    position += separatorLength;
    commandStart = position;
  }

  private IllegalArgumentException unclosed(char quote) {
    return new IllegalArgumentException(
        "the quote " + quote + " at character " + (position + 1) + " is never closed: "
            + text.substring(position, Math.min(text.length(), position + 40)));
  }
}
