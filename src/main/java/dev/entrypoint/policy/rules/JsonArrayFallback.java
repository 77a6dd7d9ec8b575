package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.CommandLine;
import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.JsonArrayFailure;
import dev.entrypoint.dockerfile.JsonArrayReader;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/**
 * A command meant as a JSON array that is not one, such as {@code CMD ['java', '-jar', 'app.jar']}:
 * Docker silently runs the text in shell form.
 */
public final class JsonArrayFallback extends Rule implements DockerfileRule {

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
    boolean quoted = !first.isEmpty() && JsonArrayReader.isQuote(first.charAt(0));
    return !blankAfterBracket || quoted || line.contains(",");
  }

  private static String fix(String keyword, String text) {
    return JsonArrayReader.repaired(text)
        .map(argv -> "Write it as " + keyword + " " + Argv.json(argv) + ".")
        .orElse(
            "Write a JSON array of double-quoted strings, such as "
                + keyword
                + " [\"java\", \"-jar\", \"app.jar\"].");
  }
}
