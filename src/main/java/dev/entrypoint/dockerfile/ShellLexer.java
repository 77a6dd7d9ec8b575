package dev.entrypoint.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docker's shell-word processing of instruction arguments ({@code shell/lex.go} in BuildKit):
 * quotes, the escape character, {@code $VAR} and {@code ${VAR}} with the {@code :-}, {@code -},
 * {@code :+}, {@code +}, {@code :?}, {@code ?}, {@code #}, {@code ##}, {@code %}, {@code %%} and
 * {@code /} modifiers. Variables not set expand to nothing, unless the lexer keeps them as written.
 */
final class ShellLexer {

  /** A syntax error in a word, with Docker's message. */
  static final class SyntaxError extends Exception {

    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message, null, false, false);
    }
  }

  private static final int EOF = -1;

  /**
   * Deeper {@code ${...${...}}} nesting is refused rather than risking the Java stack (Docker has
   * no limit).
   */
  static final int MAX_NESTING = 200;

  private final char escape;
  private final boolean rawQuotes;
  private final boolean keepUnset;
  private final Function<String, String> variables;
  private final String text;
  private int pos;
  private int nesting;
  private boolean tooDeep;

  private ShellLexer(
      String text,
      char escape,
      boolean rawQuotes,
      boolean keepUnset,
      Function<String, String> variables) {
    this.text = text;
    this.escape = escape;
    this.rawQuotes = rawQuotes;
    this.keepUnset = keepUnset;
    this.variables = variables;
  }

  /**
   * The word with quotes removed and variables expanded; {@code variables} answers null when unset.
   */
  static String expand(String word, char escape, Function<String, String> variables)
      throws SyntaxError {
    return new ShellLexer(word, escape, false, false, variables).process(EOF, false).word;
  }

  /** Like {@link #expand}, then split into words on unquoted whitespace. */
  static List<String> expandWords(String word, char escape, Function<String, String> variables)
      throws SyntaxError {
    return new ShellLexer(word, escape, false, false, variables).process(EOF, false).words();
  }

  /**
   * The words of a line with quotes, escapes and variables left as written, as BuildKit splits a
   * line to find its here-documents.
   */
  static List<String> rawWords(String line) throws SyntaxError {
    return new ShellLexer(line, '\\', true, true, name -> null).process(EOF, true).words();
  }

  /** The words of a here-document delimiter, with or without its quotes. */
  static List<String> delimiterWords(String word, boolean keepQuotes) throws SyntaxError {
    return new ShellLexer(word, '\\', keepQuotes, true, name -> null).process(EOF, false).words();
  }

  private record Processed(String word, Words split) {
    List<String> words() {
      return split.done();
    }
  }

  private Processed process(int stop, boolean rawEscape) throws SyntaxError {
    StringBuilder result = new StringBuilder();
    Words words = new Words();
    while (pos < text.length()) {
      int ch = text.codePointAt(pos);
      if (stop != EOF && ch == stop) {
        pos += Character.charCount(ch);
        return new Processed(result.toString(), words);
      }
      if (ch == '$') {
        String value = dollar();
        result.append(value);
        words.addExpanded(value);
      } else if (ch == '<' || ch == '\'' || ch == '"') {
        String value =
            ch == '<' ? possibleHeredoc() : ch == '\'' ? singleQuoted() : doubleQuoted(rawEscape);
        result.append(value);
        words.addRaw(value);
      } else {
        pos += Character.charCount(ch);
        if (ch == escape) {
          if (rawEscape) {
            words.addRaw(ch);
            result.appendCodePoint(ch);
          }
          if (pos >= text.length()) {
            break;
          }
          ch = text.codePointAt(pos);
          pos += Character.charCount(ch);
          words.addRaw(ch);
        } else {
          words.add(ch);
        }
        result.appendCodePoint(ch);
      }
    }
    if (stop != EOF) {
      throw new SyntaxError(
          "unexpected end of statement while looking for matching " + Character.toString(stop));
    }
    return new Processed(result.toString(), words);
  }

  private String singleQuoted() throws SyntaxError {
    StringBuilder result = new StringBuilder();
    pos++;
    if (rawQuotes) {
      result.append('\'');
    }
    while (true) {
      if (pos >= text.length()) {
        throw new SyntaxError(
            "unexpected end of statement while looking for matching single-quote");
      }
      char c = text.charAt(pos++);
      if (c == '\'') {
        if (rawQuotes) {
          result.append(c);
        }
        return result.toString();
      }
      result.append(c);
    }
  }

  private String doubleQuoted(boolean rawEscape) throws SyntaxError {
    StringBuilder result = new StringBuilder();
    pos++;
    if (rawQuotes) {
      result.append('"');
    }
    while (true) {
      int next = peek();
      if (next == EOF) {
        throw new SyntaxError(
            "unexpected end of statement while looking for matching double-quote");
      }
      if (next == '"') {
        pos++;
        if (rawQuotes) {
          result.append('"');
        }
        return result.toString();
      }
      if (next == '$') {
        result.append(dollar());
        continue;
      }
      char c = text.charAt(pos++);
      if (c == escape) {
        if (rawEscape) {
          result.append(c);
        }
        int after = peek();
        if (after == EOF) {
          continue;
        }
        if (after == '"' || after == '$' || after == escape) {
          c = text.charAt(pos++);
        }
      }
      result.append(c);
    }
  }

  private String possibleHeredoc() {
    pos++;
    if (peek() != '<') {
      return "<";
    }
    pos++;
    int start = pos;
    while (peek() == ' ' || peek() == '\t' || peek() == '\r') {
      pos++;
    }
    return "<<" + text.substring(start, pos);
  }

  private String dollar() throws SyntaxError {
    pos++;
    if (peek() != '{') {
      String name = name();
      if (name.isEmpty()) {
        return "$";
      }
      String value = variables.apply(name);
      if (value == null) {
        return keepUnset ? "$" + name : "";
      }
      return value;
    }
    pos++;
    int first = peek();
    if (first == EOF) {
      throw new SyntaxError("syntax error: missing '}'");
    }
    if (first == '{' || first == '}' || first == ':') {
      throw new SyntaxError("syntax error: bad substitution");
    }
    String name = name();
    int modifier = next();
    if (modifier == EOF) {
      throw new SyntaxError("syntax error: missing '}'");
    }
    String value = variables.apply(name);
    if (modifier == '}') {
      if (value == null) {
        return keepUnset ? "${" + name + "}" : "";
      }
      return value;
    }
    if (modifier == '/') {
      return replaced(name, value);
    }
    boolean nullIsUnset = modifier == ':';
    String operator = Character.toString(modifier);
    if (nullIsUnset) {
      modifier = next();
      operator += modifier == EOF ? "" : Character.toString(modifier);
    }
    if ("+-?#%".indexOf(modifier) < 0 || modifier == EOF) {
      throw new SyntaxError("unsupported modifier (" + operator + ") in substitution");
    }
    boolean pattern = modifier == '#' || modifier == '%';
    if (nullIsUnset && pattern) {
      throw new SyntaxError("unsupported modifier (" + operator + ") in substitution");
    }
    String word = until('}', pattern, "syntax error: missing '}'");
    if (value == null && keepUnset) {
      return "${" + name + operator + word + "}";
    }
    boolean empty = value == null || (nullIsUnset && value.isEmpty());
    switch (modifier) {
      case '-':
        return empty ? word : value;
      case '+':
        return empty ? "" : word;
      case '?':
        if (value == null) {
          throw new SyntaxError(
              name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
        }
        if (empty) {
          throw new SyntaxError(
              name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
        }
        return value;
      default:
        return trimmed(modifier, word, value == null ? "" : value);
    }
  }

  private String until(int stop, boolean rawEscape, String missing) throws SyntaxError {
    if (++nesting > MAX_NESTING) {
      tooDeep = true;
      throw new SyntaxError("substitutions nested more than " + MAX_NESTING + " deep");
    }
    try {
      return process(stop, rawEscape).word;
    } catch (SyntaxError error) {
      if (pos >= text.length() && !tooDeep) {
        throw new SyntaxError(missing);
      }
      throw error;
    } finally {
      nesting--;
    }
  }

  private String replaced(String name, String value) throws SyntaxError {
    boolean all = peek() == '/';
    if (all) {
      pos++;
    }
    String pattern = until('/', true, "syntax error: missing '/' in ${}");
    String replacement = until('}', true, "syntax error: missing '}'");
    if (value == null && keepUnset) {
      return "${" + name + "/" + pattern + "/" + replacement + "}";
    }
    String subject = value == null ? "" : value;
    Matcher matcher = globRegex(pattern, true, false).matcher(subject);
    String literal = Matcher.quoteReplacement(replacement);
    return all ? matcher.replaceAll(literal) : matcher.replaceFirst(literal);
  }

  /** {@code ${VAR#pattern}} and {@code ${VAR%pattern}}, doubled for the longest match. */
  private static String trimmed(int modifier, String word, String value) throws SyntaxError {
    boolean greedy = !word.isEmpty() && word.charAt(0) == modifier;
    String pattern = greedy ? word.substring(1) : word;
    if (modifier == '#') {
      return trimPrefix(pattern, value, greedy);
    }
    String reversedValue = new StringBuilder(value).reverse().toString();
    String trimmed = trimPrefix(reversedPattern(pattern), reversedValue, greedy);
    return new StringBuilder(trimmed).reverse().toString();
  }

  private static String trimPrefix(String pattern, String value, boolean greedy)
      throws SyntaxError {
    Matcher matcher = globRegex(pattern, greedy, true).matcher(value);
    return matcher.find() ? value.substring(matcher.end()) : value;
  }

  private static String reversedPattern(String pattern) {
    StringBuilder out = new StringBuilder();
    int i = pattern.length() - 1;
    while (i >= 0) {
      char c = pattern.charAt(i);
      if (i > 0 && pattern.charAt(i - 1) == '\\') {
        out.append('\\').append(c);
        i -= 2;
      } else {
        out.append(c);
        i--;
      }
    }
    return out.toString();
  }

  /** A shell wildcard pattern as a regex: {@code *} any run, {@code ?} one character. */
  private static Pattern globRegex(String pattern, boolean greedy, boolean anchored)
      throws SyntaxError {
    StringBuilder regex = new StringBuilder(anchored ? "^" : "");
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*') {
        regex.append(greedy ? ".*" : ".*?");
      } else if (c == '?') {
        regex.append('.');
      } else if (c == '\\'
          && i + 1 < pattern.length()
          && "}/".indexOf(pattern.charAt(i + 1)) >= 0) {
        continue;
      } else if (c == '\\') {
        char escaped = i + 1 < pattern.length() ? pattern.charAt(++i) : '\\';
        if ("*?\\".indexOf(escaped) < 0) {
          throw new SyntaxError(
              "invalid pattern ("
                  + pattern
                  + ") in substitution: invalid escape '\\"
                  + escaped
                  + "'");
        }
        regex.append('\\').append(escaped);
      } else {
        regex.append(Pattern.quote(Character.toString(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private String name() {
    StringBuilder name = new StringBuilder();
    while (pos < text.length()) {
      int ch = text.codePointAt(pos);
      if (name.length() == 0 && Character.isDigit(ch)) {
        while (pos < text.length() && Character.isDigit(text.codePointAt(pos))) {
          int digit = text.codePointAt(pos);
          name.appendCodePoint(digit);
          pos += Character.charCount(digit);
        }
        return name.toString();
      }
      if (name.length() == 0 && "@*#?-$!0".indexOf(ch) >= 0) {
        pos++;
        return Character.toString(ch);
      }
      if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
        break;
      }
      name.appendCodePoint(ch);
      pos += Character.charCount(ch);
    }
    return name.toString();
  }

  private int peek() {
    return pos < text.length() ? text.codePointAt(pos) : EOF;
  }

  private int next() {
    int ch = peek();
    if (ch != EOF) {
      pos += Character.charCount(ch);
    }
    return ch;
  }

  /** Splits processed text into words on whitespace that came neither from quotes nor escapes. */
  private static final class Words {

    private final List<String> words = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean inWord;

    void add(int ch) {
      if (Whitespace.isSpace(ch)) {
        if (inWord && current.length() > 0) {
          words.add(current.toString());
          current.setLength(0);
          inWord = false;
        }
      } else {
        addRaw(ch);
      }
    }

    void addRaw(int ch) {
      current.appendCodePoint(ch);
      inWord = true;
    }

    void addRaw(String text) {
      current.append(text);
      inWord = true;
    }

    void addExpanded(String text) {
      text.codePoints().forEach(this::add);
    }

    List<String> done() {
      if (current.length() > 0) {
        words.add(current.toString());
        current.setLength(0);
        inWord = false;
      }
      return words;
    }
  }
}
