package dev.entrypoint.dockerfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.entrypoint.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an instruction's argument as Docker does before deciding between exec and shell form: Go's
 * {@code json.Unmarshal} into a slice. Only a whole, valid JSON array of strings is exec form; a
 * valid array holding anything but strings is an error; any other text starting with {@code [} is
 * shell form, and the reader says which character broke the array and why.
 */
public final class JsonArrayReader {

  /** What the text turned out to be. */
  record Outcome(List<String> strings, int failureOffset, String failureReason, String nonString) {

    /** A valid JSON array of strings: exec form. */
    boolean isArray() {
      return strings != null;
    }

    /** Valid JSON, but an element is not a string: Docker refuses the instruction. */
    boolean hasNonString() {
      return nonString != null;
    }

    /**
     * Starts with {@code [} but is not JSON: shell form, with the reason at {@link #failureOffset}.
     */
    boolean isBrokenArray() {
      return failureReason != null;
    }
  }

  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final String TYPOGRAPHIC_QUOTES = "\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB";

  private final String text;
  private int pos;

  private JsonArrayReader(String text) {
    this.text = text;
  }

  /** Whether {@code c} is a quote people open a string with: double, single or typographic. */
  public static boolean isQuote(char c) {
    return c == '"' || c == '\'' || TYPOGRAPHIC_QUOTES.indexOf(c) >= 0;
  }

  /**
   * The array of strings a broken array {@code text} was probably meant to be: with single and
   * typographic quotes made double quotes and a trailing comma dropped, or, when it has no quotes
   * at all, its comma-separated words. Empty when these repairs give no array of strings.
   */
  public static Optional<List<String>> repaired(String text) {
    String quoted =
        text.strip().replaceAll("['" + TYPOGRAPHIC_QUOTES + "]", "\"").replaceAll(",\\s*]$", "]");
    Outcome outcome = read(quoted);
    if (outcome.isArray()) {
      return Optional.of(outcome.strings());
    }
    if (quoted.contains("\"") || !quoted.startsWith("[") || !quoted.endsWith("]")) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    for (String word : quoted.substring(1, quoted.length() - 1).split(",")) {
      if (!word.isBlank()) {
        words.add(word.strip());
      }
    }
    return words.isEmpty() ? Optional.empty() : Optional.of(words);
  }

  /** Reads {@code text}, an instruction's arguments with leading whitespace removed. */
  static Outcome read(String text) {
    if (!text.startsWith("[")) {
      return new Outcome(null, -1, null, null);
    }
    try {
      return new JsonArrayReader(text).array();
    } catch (Broken broken) {
      return new Outcome(null, broken.offset, broken.reason, null);
    }
  }

  private Outcome array() throws Broken {
    pos = 1;
    List<String> strings = new ArrayList<>();
    String nonString = null;
    skipWhitespace();
    if (peek() == ']') {
      pos++;
    } else {
      while (true) {
        skipWhitespace();
        if (peek() == '"') {
          strings.add(string());
        } else if (peek() == '[' || peek() == '{') {
          return nested(pos);
        } else {
          String value = nonStringValue();
          nonString = nonString == null ? value : nonString;
        }
        skipWhitespace();
        int next = peek();
        if (next == ']') {
          pos++;
          break;
        }
        if (next == ',') {
          pos++;
          skipWhitespace();
          if (peek() == ']') {
            throw new Broken(
                pos, "trailing comma before ]: JSON allows no comma after the last element");
          }
          continue;
        }
        throw afterElement(next);
      }
    }
    skipWhitespace();
    if (pos < text.length()) {
      throw new Broken(pos, "text after the closing ]: the whole argument must be the array");
    }
    return nonString != null
        ? new Outcome(null, -1, null, nonString)
        : new Outcome(strings, -1, null, null);
  }

  private Broken afterElement(int next) {
    if (next < 0) {
      return new Broken(pos, "the array is not closed: add ] at the end");
    }
    if (next == '"') {
      return new Broken(pos, "missing comma between elements");
    }
    return new Broken(
        pos, "expected , or ] after an element, found '" + Character.toString(next) + "'");
  }

  private String string() throws Broken {
    int start = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw new Broken(
            pos,
            "the string that starts at '\"' (offset "
                + start
                + ") is not closed: add a double quote");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return value.toString();
      }
      if (c < 0x20) {
        throw new Broken(
            pos,
            c == '\t'
                ? "a tab inside a JSON string must be written as \\t"
                : String.format(
                    "control character U+%04X inside a JSON string must be escaped", (int) c));
      }
      if (c == '\\') {
        escape(value);
      } else {
        value.append(c);
        pos++;
      }
    }
  }

  private void escape(StringBuilder value) throws Broken {
    int start = pos;
    pos++;
    int c = peek();
    pos++;
    switch (c) {
      case '"', '\\', '/' -> value.append((char) c);
      case 'b' -> value.append('\b');
      case 'f' -> value.append('\f');
      case 'n' -> value.append('\n');
      case 'r' -> value.append('\r');
      case 't' -> value.append('\t');
      case 'u' -> value.appendCodePoint(unicodeEscape(start));
      default -> {
        String escaped = c < 0 ? "" : Character.toString(c);
        throw new Broken(
            start, "invalid escape \\" + escaped + " in a JSON string: write \\\\ for a backslash");
      }
    }
  }

  /** Go decodes a surrogate pair written as two escapes, and any lone surrogate as U+FFFD. */
  private int unicodeEscape(int start) throws Broken {
    char high = (char) hex4(start);
    if (!Character.isSurrogate(high)) {
      return high;
    }
    if (Character.isHighSurrogate(high) && text.startsWith("\\u", pos)) {
      int mark = pos;
      pos += 2;
      char low = (char) hex4(mark);
      if (Character.isLowSurrogate(low)) {
        return Character.toCodePoint(high, low);
      }
      pos = mark;
    }
    return 0xFFFD;
  }

  private int hex4(int start) throws Broken {
    if (pos + 4 > text.length()) {
      throw new Broken(start, "invalid \\u escape: it needs four hex digits");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(pos + i), 16);
      if (digit < 0) {
        throw new Broken(start, "invalid \\u escape: it needs four hex digits");
      }
      value = value * 16 + digit;
    }
    pos += 4;
    return value;
  }

  /** Reads an element that is not a string; returns its text when it is valid JSON. */
  private String nonStringValue() throws Broken {
    int start = pos;
    int c = peek();
    if (c < 0) {
      throw new Broken(pos, "the array is not closed: add ] at the end");
    }
    if (c == ',') {
      throw new Broken(pos, "an empty element: a comma with no element before it");
    }
    if (c == '\'') {
      throw new Broken(pos, "single quotes are not JSON: use double quotes");
    }
    if (TYPOGRAPHIC_QUOTES.indexOf(c) >= 0) {
      throw new Broken(pos, "typographic quotes are not JSON: use plain double quotes (\")");
    }
    String word = bareWord();
    if (word.isEmpty()) {
      throw new Broken(
          pos, "unexpected '" + Character.toString(c) + "' where an element should start");
    }
    if (word.equals("true")
        || word.equals("false")
        || word.equals("null")
        || NUMBER.matcher(word).matches()) {
      return word;
    }
    if (word.startsWith("$")) {
      throw new Broken(
          start,
          "unquoted variable "
              + word
              + ": every element must be a double-quoted string"
              + " (and exec form does not expand variables)");
    }
    throw new Broken(
        start, "unquoted word '" + word + "': every element must be a double-quoted string");
  }

  private String bareWord() {
    int start = pos;
    while (pos < text.length() && " \t\r\n,[]{}\":".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    return text.substring(start, pos);
  }

  /**
   * A nested array or object makes the instruction an error when the whole text is valid JSON, and
   * shell form otherwise; Jackson decides which, since both need a full JSON grammar.
   */
  private Outcome nested(int start) throws Broken {
    try {
      Json.read(text);
    } catch (JsonProcessingException invalid) {
      throw new Broken(
          jacksonOffset(invalid, start),
          "not valid JSON in or after the nested value that starts at offset " + start);
    }
    return new Outcome(null, -1, null, text.charAt(start) == '[' ? "a nested array" : "an object");
  }

  /**
   * Where Jackson's error is: it reports the offset just after the character or token it rejected,
   * and the end of the text when the text ended too early.
   */
  private int jacksonOffset(JsonProcessingException invalid, int start) {
    long after = invalid.getLocation() == null ? -1 : invalid.getLocation().getCharOffset();
    if (invalid instanceof JsonEOFException || after > text.length()) {
      return text.length();
    }
    int at = (int) Math.max(start, after - 1);
    while (at > start && isWordCharacter(text.charAt(at)) && isWordCharacter(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  private static boolean isWordCharacter(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '-';
  }

  private void skipWhitespace() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private int peek() {
    return pos < text.length() ? text.charAt(pos) : -1;
  }

  /** The array broke at {@code offset}. */
  private static final class Broken extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String reason;

    Broken(int offset, String reason) {
      super(reason, null, false, false);
      this.offset = offset;
      this.reason = reason;
    }
  }
}
