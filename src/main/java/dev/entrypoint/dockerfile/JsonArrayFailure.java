package dev.entrypoint.dockerfile;

/**
 * Why an argument that starts with {@code [} is not a JSON array of strings, so that Docker
 * silently read it as a shell-form line: the character that broke it, where it is, and a reason a
 * person can act on, such as "single quotes are not JSON: use double quotes".
 *
 * @param offset the character's index in the instruction's {@link Instruction#arguments()
 *     arguments} (their length when the text ended too early)
 * @param character the offending character, or an empty string at the end of the text
 * @param line the file line the character is on
 * @param column its 1-based column on that line
 */
public record JsonArrayFailure(int offset, String character, String reason, int line, int column) {

  @Override
  public String toString() {
    String at = character.isEmpty() ? "at the end" : "at '" + character + "'";
    return "line " + line + " column " + column + " " + at + ": " + reason;
  }
}
