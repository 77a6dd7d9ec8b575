package dev.entrypoint;

/**
 * Text made fit for an XML 1.0 document. Messages quote what users wrote and what containers
 * printed, which may hold control characters; an XML writer emits them as they are, and every XML
 * parser then refuses the whole file.
 */
public final class XmlText {

  private static final int REPLACEMENT = 0xFFFD;

  private XmlText() {}

  /**
   * {@code text} with each character XML 1.0 cannot hold (most control characters) replaced by
   * U+FFFD.
   */
  public static String of(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints().forEach(c -> safe.appendCodePoint(allowed(c) ? c : REPLACEMENT));
    return safe.toString();
  }

  /**
   * XML 1.0's {@code Char} production: tab, newline, carriage return, and the rest above U+001F.
   */
  private static boolean allowed(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c >= 0x10000;
  }
}
