package dev.entrypoint.orchestrator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code .env} file Compose reads beside the Compose file for interpolation: {@code NAME=value}
 * lines, optionally after {@code export}; blank lines and {@code #} comments are skipped. A value
 * in single quotes is taken as written; in double quotes {@code \n}, {@code \t}, {@code \"} and
 * {@code \\} are unescaped and {@code ${VAR}} is interpolated; an unquoted value is trimmed, loses
 * a trailing {@code #comment}, and is interpolated, as Compose v2 reads it.
 */
public final class DotEnvFile {

  private DotEnvFile() {}

  /**
   * The variables of the {@code .env} file in {@code directory}, none when it has none; {@code
   * outer} resolves variables a value refers to that the file has not set above it.
   */
  public static Map<String, String> read(Path directory, Function<String, Optional<String>> outer)
      throws IOException {
    Path file = directory.resolve(".env");
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8), outer);
  }

  /** The variables {@code text} sets, in order. */
  public static Map<String, String> parse(String text, Function<String, Optional<String>> outer) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String raw : text.split("\r?\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int equals = line.indexOf('=');
      if (equals < 1) {
        continue;
      }
      String name = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      values.put(name, value(value, name2 -> lookup(values, outer, name2)));
    }
    return Collections.unmodifiableMap(values);
  }

  private static Optional<String> lookup(
      Map<String, String> values, Function<String, Optional<String>> outer, String name) {
    return outer.apply(name).or(() -> Optional.ofNullable(values.get(name)));
  }

  private static String value(String written, Function<String, Optional<String>> variables) {
    if (written.length() >= 2 && written.startsWith("'") && written.endsWith("'")) {
      return written.substring(1, written.length() - 1);
    }
    String text;
    if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
      text =
          written
              .substring(1, written.length() - 1)
              .replace("\\\\", "\u0000")
              .replace("\\n", "\n")
              .replace("\\t", "\t")
              .replace("\\\"", "\"")
              .replace("\u0000", "\\");
    } else {
      int comment = written.indexOf(" #");
      text = comment < 0 ? written : written.substring(0, comment).strip();
    }
    try {
      return ComposeInterpolation.interpolate(text, variables).text();
    } catch (ComposeInterpolation.Failure notInterpolated) {
      return text;
    }
  }
}
