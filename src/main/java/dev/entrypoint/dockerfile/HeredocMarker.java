package dev.entrypoint.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A here-document opener such as {@code <<EOF}, {@code <<-"EOF"} or {@code 3<<EOF}, found in an
 * instruction line the way BuildKit finds it: in the line's shell words, each word on its own.
 */
record HeredocMarker(String name, int fileDescriptor, boolean chomp, boolean expand) {

  private static final Pattern OPENER = Pattern.compile("(\\d*)<<(-?)\\s*([^<]*)");

  /** The openers in an instruction line, in order; none when the line does not lex as words. */
  static List<HeredocMarker> inLine(String line) throws ShellLexer.SyntaxError {
    List<String> words;
    try {
      words = ShellLexer.rawWords(line);
    } catch (ShellLexer.SyntaxError unlexable) {
      return List.of();
    }
    List<HeredocMarker> markers = new ArrayList<>();
    for (String word : words) {
      HeredocMarker marker = parse(word);
      if (marker != null) {
        markers.add(marker);
      }
    }
    return markers;
  }

  /** The opener {@code word} is, or null when it is not one. */
  static HeredocMarker parse(String word) throws ShellLexer.SyntaxError {
    Matcher match = OPENER.matcher(word);
    if (!match.matches() || match.group(3).isEmpty()) {
      return null;
    }
    List<String> plain = ShellLexer.delimiterWords(match.group(3), false);
    if (plain.size() != 1) {
      return null;
    }
    List<String> quoted = ShellLexer.delimiterWords(match.group(3), true);
    if (quoted.size() != 1) {
      throw new ShellLexer.SyntaxError(
          "internal lexing of heredoc produced inconsistent results: " + match.group(3));
    }
    boolean expand = quoteCount(plain.get(0)) == quoteCount(quoted.get(0));
    int fd = match.group(1).isEmpty() ? 0 : parseDescriptor(match.group(1));
    return new HeredocMarker(plain.get(0), fd, !match.group(2).isEmpty(), expand);
  }

  private static int parseDescriptor(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException tooLong) {
      return 0;
    }
  }

  private static long quoteCount(String word) {
    return word.chars().filter(c -> c == '\'' || c == '"').count();
  }
}
