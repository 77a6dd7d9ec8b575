package dev.entrypoint.policy.rules;

/** How messages begin sentences with the names of things. */
final class Sentence {

  private Sentence() {}

  /**
   * {@code text} with a capital first letter, to start a sentence with it; a pom element such as
   * {@code <container><user>} stays as written.
   */
  static String capitalized(String text) {
    return text.isEmpty() || text.startsWith("<")
        ? text
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
