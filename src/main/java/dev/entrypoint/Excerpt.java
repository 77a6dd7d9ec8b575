package dev.entrypoint;

/**
 * Text from a user's input made fit for a message: control characters shown as escapes ({@code
 * \x00}, {@code \n}), never as raw bytes, and a long text shortened in the middle with a marker
 * that says how much was left out.
 */
public final class Excerpt {

  /** The longest text shown whole. */
  static final int LONGEST = 300;

  private static final int HEAD = 200;
  private static final int TAIL = 60;

  private Excerpt() {}

  /** {@code text}, safe to print and at most about {@value #LONGEST} characters long. */
  public static String of(String text) {
    if (text.length() > LONGEST) {
      int left = text.length() - HEAD - TAIL;
      return of(text.substring(0, HEAD))
          + " [... "
          + String.format("%,d", left)
          + " characters left out ...] "
          + of(text.substring(text.length() - TAIL));
    }
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                shown.append("\\n");
              } else if (c == '\t') {
                shown.append("\\t");
              } else if (Character.isISOControl(c) || c == '\uFFFD') {
                shown.append(c == '\uFFFD' ? "\\ufffd" : String.format("\\x%02x", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.toString();
  }
}
