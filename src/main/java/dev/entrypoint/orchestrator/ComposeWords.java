package dev.entrypoint.orchestrator;

import java.util.ArrayList;
import java.util.List;

/**
 * How Compose v2 splits a string {@code command} or {@code entrypoint} into words: with
 * go-shellwords' {@code Parse} (v1.0.12), which compose-go calls. Blanks separate words, single
 * quotes keep everything, a backslash outside single quotes keeps the next character (inside double
 * quotes too), {@code ''} and {@code ""} are empty words, {@code $(...)} and backquotes stay whole
 * in their word. Nothing is expanded and no shell ever runs: at the first unquoted {@code ;},
 * {@code &}, {@code |}, {@code <} or {@code >} the reading simply stops, and the rest of the line
 * is dropped (a digit word before {@code >}, as in {@code 2>}, goes too). A {@code (} that does not
 * follow {@code $} and an unclosed quote are errors.
 *
 * @param words the words Compose passes on
 * @param dropped the text from the operator on that Compose drops, empty when it keeps it all
 */
public record ComposeWords(List<String> words, String dropped) {

  public ComposeWords {
    words = List.copyOf(words);
  }

  /** The message Compose fails with on a line it cannot split. */
  public static final String INVALID = "invalid command line string";

  /**
   * Splits {@code line} as Compose v2 does.
   *
   * @throws IllegalArgumentException with {@link #INVALID} when Compose refuses the line
   */
  public static ComposeWords split(String line) {
    List<String> args = new ArrayList<>();
    StringBuilder buf = new StringBuilder();
    boolean escaped = false;
    boolean doubleQuoted = false;
    boolean singleQuoted = false;
    boolean backQuote = false;
    boolean dollarQuote = false;
    boolean got = false;
    int cut = -1;
    int[] codePoints = line.codePoints().toArray();
    int offset = 0;
    loop:
    for (int index = 0; index < codePoints.length; index++) {
      int r = codePoints[index];
      int position = offset;
      offset += Character.charCount(r);
      if (escaped) {
        buf.appendCodePoint(r);
        escaped = false;
        got = true;
        continue;
      }
      if (r == '\\') {
        if (singleQuoted) {
          buf.append('\\');
        } else {
          escaped = true;
        }
        continue;
      }
      if (r == ' ' || r == '\t' || r == '\r' || r == '\n') {
        if (singleQuoted || doubleQuoted || backQuote || dollarQuote) {
          buf.appendCodePoint(r);
        } else if (got) {
          args.add(buf.toString());
          buf.setLength(0);
          got = false;
        }
        continue;
      }
      switch (r) {
        case '`' -> {
          if (!singleQuoted && !doubleQuoted && !dollarQuote) {
            backQuote = !backQuote;
          }
        }
        case ')' -> {
          if (!singleQuoted && !doubleQuoted && !backQuote) {
            dollarQuote = !dollarQuote;
          }
        }
        case '(' -> {
          if (!singleQuoted && !doubleQuoted && !backQuote) {
            if (!dollarQuote && buf.length() > 0 && buf.charAt(buf.length() - 1) == '$') {
              dollarQuote = true;
              buf.append('(');
              continue;
            }
            throw new IllegalArgumentException(INVALID);
          }
        }
        case '"' -> {
          if (!singleQuoted && !dollarQuote) {
            if (doubleQuoted) {
              got = true;
            }
            doubleQuoted = !doubleQuoted;
            continue;
          }
        }
        case '\'' -> {
          if (!doubleQuoted && !dollarQuote) {
            if (singleQuoted) {
              got = true;
            }
            singleQuoted = !singleQuoted;
            continue;
          }
        }
        case ';', '&', '|', '<', '>' -> {
          if (!(singleQuoted || doubleQuoted || backQuote || dollarQuote)) {
            cut = position;
            if (r == '>' && buf.length() > 0 && Character.isDigit(buf.charAt(0))) {
              got = false;
              cut = position - buf.length();
            }
            break loop;
          }
        }
        default -> {}
      }
      got = true;
      buf.appendCodePoint(r);
    }
    if (got) {
      args.add(buf.toString());
    }
    if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) {
      throw new IllegalArgumentException(INVALID);
    }
    return new ComposeWords(args, cut < 0 ? "" : line.substring(cut).strip());
  }
}
