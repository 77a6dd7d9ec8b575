package dev.entrypoint.explain;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.ShellCommand;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads a {@code docker run} or {@code podman run} line as the engines' command lines (cobra and
 * spf13/pflag) read it: options until the first word that is not one, that word is the image, and
 * every word after it is an argument, options included. An option that takes a value takes the rest
 * of its word ({@code --name=x}, {@code -px}) or the next word; one-letter switches combine ({@code
 * -it}); {@code --} ends the options; a repeated {@code --entrypoint} keeps its last value. Leading
 * {@code NAME=value} assignments, {@code sudo} and a {@code $} prompt are skipped, and {@code
 * docker container run} and {@code create} read like {@code run}.
 */
public final class RunLineParser {

  /** Words before the program that a pasted line may carry: a shell prompt, sudo. */
  private static final Set<String> SKIPPED = Set.of("$", "sudo");

  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");
  private static final Set<String> TRUE = Set.of("1", "t", "T", "true", "TRUE", "True");
  private static final Set<String> FALSE = Set.of("0", "f", "F", "false", "FALSE", "False");

  private RunLineParser() {}

  /**
   * The run line {@code command} is.
   *
   * @throws RunLineException when it is not a Docker or Podman run line, or the engine would refuse
   *     its options, with the engine's own message
   */
  public static RunLine parse(ShellCommand command) {
    List<String> words = command.words();
    int index = 0;
    while (index < words.size() && precedesTheProgram(words.get(index))) {
      index++;
    }
    if (index == words.size()) {
      throw new RunLineException(null, "not a docker or podman command: '" + command.text() + "'");
    }
    String program = words.get(index);
    EngineKind engine = engineOf(program, command);

    index = options(words, index + 1, engine, EngineFlagTables.global(engine), (flag, value) -> {});
    String subcommand = index < words.size() ? words.get(index) : "";
    if (subcommand.equals("container") && index + 1 < words.size()) {
      subcommand = "container " + words.get(++index);
    }
    boolean create = subcommand.endsWith("create");
    if (!Set.of("run", "create", "container run", "container create").contains(subcommand)) {
      throw new RunLineException(
          engine,
          subcommand.isEmpty()
              ? "'"
                  + command.text()
                  + "' runs no subcommand: explain reads '"
                  + engine.command()
                  + " run' lines"
              : "'"
                  + engine.command()
                  + " "
                  + subcommand
                  + "' starts no container: explain reads '"
                  + engine.command()
                  + " run' lines");
    }

    RunOptions seen = new RunOptions();
    index = options(words, index + 1, engine, EngineFlagTables.run(engine, create), seen);
    if (index >= words.size()) {
      throw new RunLineException(
          engine,
          engine == EngineKind.DOCKER
              ? "'docker " + subcommand + "' requires at least 1 argument"
              : "requires at least 1 arg(s), only received 0");
    }
    List<String> args = words.subList(index + 1, words.size());
    Invocation invocation =
        seen.entrypoint == null
            ? Invocation.run(args)
            : Invocation.runWithEntrypoint(seen.entrypoint, args);
    return new RunLine(command.text(), engine, invocation, seen.init);
  }

  private static boolean precedesTheProgram(String word) {
    return SKIPPED.contains(word) || ASSIGNMENT.matcher(word).matches();
  }

  private static EngineKind engineOf(String program, ShellCommand command) {
    String name = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    try {
      return EngineKind.named(name);
    } catch (IllegalArgumentException notAnEngine) {
      throw new RunLineException(
          null,
          "'"
              + program
              + "' is neither docker nor podman: explain reads"
              + " 'docker run' and 'podman run' lines, not '"
              + command.text()
              + "'");
    }
  }

  /** The options that decide the argv, as the parse meets them. */
  private static final class RunOptions implements BiConsumer<CliFlags.Flag, String> {
    private String entrypoint;
    private boolean init;

    @Override
    public void accept(CliFlags.Flag flag, String value) {
      switch (flag.name()) {
        case "entrypoint" -> entrypoint = value;
        case "init" -> init = TRUE.contains(value);
        default -> {}
      }
    }
  }

  /**
   * Reads options from {@code from} on as pflag does, reporting each to {@code seen} with its value
   * ({@code true} or {@code false} for a switch), and returns the index of the first word that is
   * not an option.
   */
  private static int options(
      List<String> words,
      int from,
      EngineKind engine,
      CliFlags flags,
      BiConsumer<CliFlags.Flag, String> seen) {
    int index = from;
    while (index < words.size()) {
      String word = words.get(index);
      if (word.equals("--")) {
        return index + 1;
      }
      if (word.startsWith("--")) {
        index = longOption(words, index, engine, flags, seen);
      } else if (word.startsWith("-") && word.length() > 1) {
        index = shorthands(words, index, engine, flags, seen);
      } else {
        return index;
      }
    }
    return index;
  }

  private static int longOption(
      List<String> words,
      int index,
      EngineKind engine,
      CliFlags flags,
      BiConsumer<CliFlags.Flag, String> seen) {
    String word = words.get(index);
    int equals = word.indexOf('=');
    String name = word.substring(2, equals < 0 ? word.length() : equals);
    CliFlags.Flag flag =
        flags
            .named(name)
            .orElseThrow(() -> new RunLineException(engine, "unknown flag: --" + name));
    if (!flag.takesValue()) {
      seen.accept(
          flag, switchValue(flag, equals < 0 ? "true" : word.substring(equals + 1), engine));
      return index + 1;
    }
    if (equals >= 0) {
      seen.accept(flag, word.substring(equals + 1));
      return index + 1;
    }
    if (index + 1 >= words.size()) {
      throw new RunLineException(engine, "flag needs an argument: --" + name);
    }
    seen.accept(flag, words.get(index + 1));
    return index + 2;
  }

  private static int shorthands(
      List<String> words,
      int index,
      EngineKind engine,
      CliFlags flags,
      BiConsumer<CliFlags.Flag, String> seen) {
    String word = words.get(index);
    String rest = word.substring(1);
    while (!rest.isEmpty()) {
      char c = rest.charAt(0);
      CliFlags.Flag flag =
          flags
              .shorthand(c)
              .orElseThrow(
                  () ->
                      new RunLineException(
                          engine, "unknown shorthand flag: '" + c + "' in " + word));
      boolean assigned = rest.length() > 2 && rest.charAt(1) == '=';
      if (!flag.takesValue()) {
        seen.accept(flag, switchValue(flag, assigned ? rest.substring(2) : "true", engine));
        rest = assigned ? "" : rest.substring(1);
      } else if (rest.length() > 1) {
        seen.accept(flag, assigned ? rest.substring(2) : rest.substring(1));
        return index + 1;
      } else if (index + 1 < words.size()) {
        seen.accept(flag, words.get(index + 1));
        return index + 2;
      } else {
        throw new RunLineException(engine, "flag needs an argument: '" + c + "' in " + word);
      }
    }
    return index + 1;
  }

  private static String switchValue(CliFlags.Flag flag, String value, EngineKind engine) {
    if (TRUE.contains(value) || FALSE.contains(value)) {
      return TRUE.contains(value) ? "true" : "false";
    }
    throw new RunLineException(
        engine,
        "invalid argument \""
            + value
            + "\" for \""
            + flag.display()
            + "\" flag: strconv.ParseBool: parsing \""
            + value
            + "\": invalid syntax");
  }
}
