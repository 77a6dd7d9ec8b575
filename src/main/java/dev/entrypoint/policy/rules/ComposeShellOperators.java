package dev.entrypoint.policy.rules;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.orchestrator.CommandSetting;
import dev.entrypoint.orchestrator.ComposeService;
import dev.entrypoint.orchestrator.ComposeWords;
import dev.entrypoint.policy.ComposeInput;
import dev.entrypoint.policy.ComposeRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Compose {@code command} or {@code entrypoint} written as a string with shell operators ({@code
 * &&}, {@code ||}, {@code |}, {@code ;}, {@code >}, {@code <}, {@code &}) or command substitution
 * ({@code $(...)}, backquotes) outside quotes: Compose splits the string into words and no shell
 * ever sees them.
 */
public final class ComposeShellOperators extends Rule implements ComposeRule {

  public ComposeShellOperators() {
    super(
        "compose-shell-operators",
        "Shell operators in a Compose string command",
        Severity.ERROR,
        "A Compose command or entrypoint string is split into words and never run by a shell, so"
            + " &&, |, ;, > and $(...) in it do nothing a shell would do.");
  }

  @Override
  public void check(ComposeInput input, FindingSink findings) {
    for (ComposeService service : input.services()) {
      Stream.of(service.entrypoint(), service.command())
          .flatMap(Optional::stream)
          .filter(CommandSetting::isString)
          .forEach(
              setting ->
                  operator(setting.writtenText().replace("$$", "$"))
                      .ifPresent(
                          operator ->
                              findings.report(
                                  input.at(setting.where()), message(service, setting, operator))));
    }
  }

  /** The first operator or substitution outside quotes, as Compose v2 splits the line. */
  static Optional<String> operator(String line) {
    ComposeWords words;
    try {
      words = ComposeWords.split(line);
    } catch (IllegalArgumentException unsplittable) {
      return line.contains("(") ? Optional.of("(") : Optional.empty();
    }
    if (!words.dropped().isEmpty()) {
      String dropped = words.dropped();
      int end = 1;
      while (end < dropped.length() && "&|;<>".indexOf(dropped.charAt(end)) >= 0) {
        end++;
      }
      return Optional.of(dropped.substring(0, end));
    }
    return words.words().stream()
        .filter(word -> word.contains("$(") || word.contains("`"))
        .map(word -> word.contains("$(") ? "$(" : "`")
        .findFirst();
  }

  private static String message(ComposeService service, CommandSetting setting, String operator) {
    List<String> words = setting.words() == null ? List.of() : setting.words();
    String effect =
        operator.equals("$(") || operator.equals("`")
            ? "the substitution stays literal text in its word"
            : operator.equals("(")
                ? "Compose v2 refuses the string (invalid command line string)"
                : "Compose v2 drops everything from '"
                    + operator
                    + "' on and runs "
                    + Argv.json(words)
                    + ", and Compose 1.29 passes '"
                    + operator
                    + "' and the rest to the program as arguments";
    return "Service "
        + service.name()
        + ": "
        + setting.key()
        + " is the string "
        + Argv.jsonString(setting.writtenText())
        + ", which Compose splits into words and never gives to a shell, so '"
        + operator
        + "' is no operator here: "
        + effect
        + ". To have a shell run it, write "
        + setting.key()
        + ": "
        + Argv.json(List.of("sh", "-c", setting.writtenText()))
        + " (Compose still interpolates it first: write $$ for each $ the shell should see), or"
        + " move the logic into a script in the image.";
  }
}
