package dev.entrypoint.policy.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrypoint.dockerfile.CommandLine;
import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.JsonArrayFailure;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A command meant as a JSON array that is not one, such as {@code CMD ['java', '-jar', 'app.jar']}:
 * Docker silently runs the text in shell form.
 */
public final class JsonArrayFallback extends Rule implements DockerfileRule {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public JsonArrayFallback() {
    super(
        "json-array-fallback",
        "JSON array that fell back to shell form",
        Severity.ERROR,
        "A CMD, ENTRYPOINT, RUN or HEALTHCHECK meant as a JSON array is not valid JSON (single"
            + " quotes, a trailing comma, an unquoted word), so Docker silently runs the text under"
            + " /bin/sh -c.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    for (Instruction instruction : input.dockerfile().instructions()) {
      Instruction checked =
          instruction.is(Keyword.ONBUILD) && instruction.trigger() != null
              ? instruction.trigger()
              : instruction;
      CommandLine command = checked.command();
      if (command == null || command.jsonFailure() == null || !meantAsArray(command.shell())) {
        continue;
      }
      JsonArrayFailure failure = command.jsonFailure();
      String keyword = checked.is(Keyword.HEALTHCHECK) ? "HEALTHCHECK CMD" : checked.kind().name();
      String at =
          failure.character().isEmpty()
              ? "the text ends too early"
              : "'" + failure.character() + "' at column " + failure.column() + " breaks it";
      findings.report(
          input.location().at(failure.line(), failure.column()),
          keyword
              + " "
              + command.shell()
              + " is not a JSON array ("
              + at
              + ": "
              + failure.reason()
              + "), so Docker silently takes it as a shell-form line and runs"
              + " /bin/sh -c with the text, brackets, quotes and commas included, as the command. "
              + fix(keyword, command.shell()));
    }
  }

  /**
   * Whether a line that starts with {@code [} was meant as an array, rather than as the shell's
   * test command, {@code [ -f FILE ] && ...} or {@code [[ ... ]]}: a test needs a blank after the
   * bracket, then an unquoted word, and has no commas.
   */
  static boolean meantAsArray(String text) {
    String line = text.strip();
    if (line.startsWith("[[")) {
      return false;
    }
    boolean blankAfterBracket = line.length() > 1 && Character.isWhitespace(line.charAt(1));
    String first = line.substring(1).strip();
    boolean quoted = !first.isEmpty() && "\"'\u201c\u201d".indexOf(first.charAt(0)) >= 0;
    return !blankAfterBracket || quoted || line.contains(",");
  }

  private static String fix(String keyword, String text) {
    return repaired(text)
        .map(argv -> "Write it as " + keyword + " " + Argv.json(argv) + ".")
        .orElse(
            "Write a JSON array of double-quoted strings, such as "
                + keyword
                + " [\"java\", \"-jar\", \"app.jar\"].");
  }

  /** The array {@code text} was probably meant to be, when simple repairs make it valid. */
  static Optional<List<String>> repaired(String text) {
    String quotes =
        text.replace('\'', '"')
            .replace('\u201c', '"')
            .replace('\u201d', '"')
            .replaceAll(",\\s*]\\s*$", "]");
    Optional<List<String>> array = parse(quotes);
    if (array.isPresent() || quotes.contains("\"")) {
      return array;
    }
    String inner = quotes.strip();
    if (!inner.startsWith("[") || !inner.endsWith("]")) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    for (String word : inner.substring(1, inner.length() - 1).split(",")) {
      if (!word.isBlank()) {
        words.add(word.strip());
      }
    }
    return words.isEmpty() ? Optional.empty() : Optional.of(words);
  }

  private static Optional<List<String>> parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isArray()) {
        return Optional.empty();
      }
      String[] words = new String[node.size()];
      for (int i = 0; i < node.size(); i++) {
        if (!node.get(i).isTextual()) {
          return Optional.empty();
        }
        words[i] = node.get(i).textValue();
      }
      return Optional.of(Arrays.asList(words));
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
  }
}
