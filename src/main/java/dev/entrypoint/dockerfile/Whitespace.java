package dev.entrypoint.dockerfile;

/**
 * White space exactly as Go's {@code unicode.IsSpace} defines it, which Docker's parser uses to
 * trim lines and split words; Java's own definitions differ at the edges (no-break space,
 * U+001C..U+001F).
 */
final class Whitespace {

  private Whitespace() {}

  /** Whether Go counts {@code ch} as a space. */
  static boolean isSpace(int ch) {
    if (ch < 0x100) {
      return ch == ' ' || (ch >= '\t' && ch <= '\r') || ch == 0x85 || ch == 0xA0;
    }
    return ch == 0x1680
        || (ch >= 0x2000 && ch <= 0x200A)
        || ch == 0x2028
        || ch == 0x2029
        || ch == 0x202F
        || ch == 0x205F
        || ch == 0x3000;
  }

  /**
   * The index of the first character of {@code text} at or after {@code from} that is not a space.
   */
  static int skip(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index just after the last character of {@code text} that is not a space. */
  static int endOfContent(String text) {
    int end = text.length();
    while (end > 0 && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** {@code text} without leading and trailing spaces, as Go's {@code strings.TrimSpace}. */
  static String trim(String text) {
    int start = skip(text, 0);
    return start == text.length() ? "" : text.substring(start, endOfContent(text));
  }
}
