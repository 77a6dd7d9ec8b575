package dev.entrypoint.launch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders an argv for people: as Docker's JSON array, or as a line a POSIX shell reads back. */
public final class Argv {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private Argv() {}

  /** {@code ["java", "-jar", "app.jar"]}, or {@code null} for a value that is not set. */
  public static String json(List<String> argv) {
    try {
      return JSON.writeValueAsString(argv);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serializes", e);
    }
  }

  /** {@code java -jar 'my app.jar'}: each word quoted only when a shell would otherwise change it. */
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
