package dev.entrypoint.launch;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders an argv for people, the one way every goal shows it: as the JSON array a Dockerfile's
 * exec form writes, or as a line a POSIX shell reads back.
 */
public final class Argv {

  private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private Argv() {}

  /**
   * {@code ["java", "-jar", "app.jar"]}: a JSON array as people write it in a Dockerfile, a space
   * after each comma, each word a JSON string; the text {@code null} for a value that is not set,
   * as {@code docker inspect} shows it.
   */
  public static String json(List<String> argv) {
    if (argv == null) {
      return "null";
    }
    return argv.stream().map(Argv::jsonString).collect(Collectors.joining(", ", "[", "]"));
  }

  /** {@code "my word"}: one word as a JSON string. */
  public static String jsonString(String word) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(word)) + "\"";
  }

  /**
   * {@code java -jar 'my app.jar'}: each word quoted only when a shell would otherwise change it.
   */
  public static String shellQuoted(List<String> argv) {
    return argv.stream().map(Argv::shellQuoted).collect(Collectors.joining(" "));
  }

  /** One word quoted for a POSIX shell. */
  public static String shellQuoted(String word) {
    if (SAFE_WORD.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\"'\"'") + "'";
  }
}
