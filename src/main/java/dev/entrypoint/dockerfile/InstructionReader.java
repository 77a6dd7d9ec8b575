package dev.entrypoint.dockerfile;

import dev.entrypoint.launch.CommandForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns one logical line into an {@link Instruction} by the rules of BuildKit's {@code
 * parser/line_parsers.go} and {@code instructions/parse.go}: keyword, flags, arguments split the
 * way that keyword splits them, and the checks that make Docker refuse the instruction.
 */
final class InstructionReader {

  /** Docker refuses the instruction; the message says why. */
  static final class Invalid extends Exception {

    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  private static final Pattern SEPARATOR = Pattern.compile("[\\t\\u000B\\f\\r ]+");
  private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");
  private static final Pattern DURATION =
      Pattern.compile("[-+]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00B5s|\u03BCs|ms|s|m|h))+");

  private final char escape;

  InstructionReader(char escape) {
    this.escape = escape;
  }

  /** The instruction on {@code line}, without here-documents (the scanner reads those). */
  Instruction read(LogicalLine line) throws Invalid {
    String text = line.text();
    int start = Whitespace.skip(text, 0);
    int end = Whitespace.endOfContent(text);
    int keywordEnd = start;
    while (keywordEnd < end && !isSeparator(text.charAt(keywordEnd))) {
      keywordEnd++;
    }
    String keyword = text.substring(start, Math.max(start, keywordEnd));
    int restStart = keywordEnd;
    while (restStart < end && isSeparator(text.charAt(restStart))) {
      restStart++;
    }
    List<String> flags = List.of();
    int argumentsStart = end;
    if (restStart < end) {
      BuilderFlags.Split split = BuilderFlags.split(text.substring(restStart, end), escape);
      flags = split.flags();
      argumentsStart = Math.min(end, Whitespace.skip(text, restStart + split.argumentsOffset()));
    }
    String arguments = text.substring(argumentsStart, Math.max(argumentsStart, end));
    Keyword kind = Keyword.of(keyword).orElseThrow(() -> unknown(keyword));
    Draft draft = new Draft(kind, arguments, line, argumentsStart);
    switch (kind) {
      case CMD, ENTRYPOINT, RUN, SHELL ->
          draft.command(commandLine(arguments, line, argumentsStart));
      case HEALTHCHECK -> healthcheck(draft, flags);
      case ADD, COPY, VOLUME -> draft.words = jsonOrWords(arguments);
      case FROM, EXPOSE -> draft.words = separated(arguments);
      case ENV, LABEL -> draft.words = namesAndValues(kind, arguments);
      case ARG -> draft.words = shellWords(arguments, escape);
      case MAINTAINER, STOPSIGNAL, USER, WORKDIR ->
          draft.words = arguments.isEmpty() ? List.of() : List.of(arguments);
      case ONBUILD -> onbuild(draft);
    }
    check(draft);
    if (kind != Keyword.HEALTHCHECK) {
      checkFlags(kind, flags);
    }
    return new Instruction(
        keyword,
        kind,
        line.startLine(),
        line.endLine(),
        text,
        flags,
        arguments,
        draft.words,
        draft.command,
        List.of(),
        draft.trigger);
  }

  /** What is known of an instruction while it is read. */
  private static final class Draft {
    final Keyword kind;
    final String arguments;
    final LogicalLine line;
    final int argumentsStart;
    List<String> words = List.of();
    CommandLine command;
    Instruction trigger;

    Draft(Keyword kind, String arguments, LogicalLine line, int argumentsStart) {
      this.kind = kind;
      this.arguments = arguments;
      this.line = line;
      this.argumentsStart = argumentsStart;
    }

    void command(CommandLine commandLine) {
      command = commandLine;
      words =
          commandLine.form() == CommandForm.EXEC
              ? commandLine.exec()
              : commandLine.shell().isEmpty() ? List.of() : List.of(commandLine.shell());
    }
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static Invalid unknown(String keyword) {
    int allowed = keyword.length() >= 6 ? 2 : 1;
    String suggestion =
        Arrays.stream(Keyword.values())
            .map(Keyword::name)
            .filter(name -> editDistance(name, keyword.toUpperCase(Locale.ROOT)) <= allowed)
            .findFirst()
            .map(name -> " (did you mean " + name + "?)")
            .orElse("");
    return new Invalid("unknown instruction: " + keyword + suggestion);
  }

  /**
   * Exec form for a valid JSON array of strings; an error for a JSON array holding anything else;
   * shell form for all other text, with the reason when it starts with {@code [}.
   */
  private CommandLine commandLine(String arguments, LogicalLine line, int offset) throws Invalid {
    JsonArrayReader.Outcome json = JsonArrayReader.read(arguments);
    if (json.hasNonString()) {
      throw nonString(json);
    }
    if (json.isArray()) {
      return CommandLine.exec(json.strings());
    }
    JsonArrayFailure failure = null;
    if (json.isBrokenArray()) {
      int at = json.failureOffset();
      String character =
          at < arguments.length()
              ? arguments.substring(at, arguments.offsetByCodePoints(at, 1))
              : "";
      failure =
          new JsonArrayFailure(
              at,
              character,
              json.failureReason(),
              line.lineAt(offset + at),
              line.columnAt(offset + at));
    }
    return CommandLine.shell(arguments, failure);
  }

  private static Invalid nonString(JsonArrayReader.Outcome json) {
    return new Invalid(
        "when using JSON array syntax, arrays must be comprised of strings only, but one element is"
            + " "
            + json.nonString()
            + ": quote every element, as in [\"app\", \"--port\", \"8080\"]");
  }

  private void healthcheck(Draft draft, List<String> flags) throws Invalid {
    String arguments = draft.arguments;
    int typeEnd = 0;
    while (typeEnd < arguments.length() && !Whitespace.isSpace(arguments.charAt(typeEnd))) {
      typeEnd++;
    }
    if (typeEnd == 0) {
      throw new Invalid("HEALTHCHECK requires at least one argument");
    }
    String type = arguments.substring(0, typeEnd);
    int commandStart = Whitespace.skip(arguments, typeEnd);
    String commandText = arguments.substring(commandStart);
    CommandLine command =
        commandText.isEmpty()
            ? null
            : commandLine(commandText, draft.line, draft.argumentsStart + commandStart);
    String upper = type.toUpperCase(Locale.ROOT);
    if (upper.equals("NONE")) {
      if (command != null && !isEmpty(command)) {
        throw new Invalid("HEALTHCHECK NONE takes no arguments");
      }
      draft.words = List.of(type);
      return;
    }
    checkFlags(Keyword.HEALTHCHECK, flags);
    checkHealthcheckFlags(flags);
    if (!upper.equals("CMD")) {
      throw new Invalid("Unknown type \"" + type + "\" in HEALTHCHECK (try CMD)");
    }
    if (command == null || isEmpty(command)) {
      throw new Invalid("Missing command after HEALTHCHECK CMD");
    }
    List<String> words = new ArrayList<>();
    words.add(type);
    words.addAll(command.form() == CommandForm.EXEC ? command.exec() : List.of(command.shell()));
    draft.words = words;
    draft.command = command;
  }

  private static boolean isEmpty(CommandLine command) {
    return command.form() == CommandForm.EXEC
        ? command.exec().isEmpty()
        : command.shell().isEmpty();
  }

  private static void checkHealthcheckFlags(List<String> flags) throws Invalid {
    for (String name : List.of("interval", "timeout", "start-period", "start-interval")) {
      String value = BuilderFlags.value(flags, name);
      if (value != null
          && !value.isEmpty()
          && !value.equals("0")
          && !DURATION.matcher(value).matches()) {
        throw new Invalid(
            "time: invalid duration \""
                + value
                + "\" in --"
                + name
                + ": write it as 30s, 1m30s or 500ms");
      }
    }
    String retries = BuilderFlags.value(flags, "retries");
    if (retries != null && !retries.isEmpty()) {
      try {
        if (Integer.parseInt(retries) < 0) {
          throw new Invalid("--retries cannot be negative (" + retries + ")");
        }
      } catch (NumberFormatException notANumber) {
        throw new Invalid(
            "strconv.ParseInt: parsing \"" + retries + "\": invalid syntax in --retries");
      }
    }
  }

  private List<String> jsonOrWords(String arguments) throws Invalid {
    JsonArrayReader.Outcome json = JsonArrayReader.read(arguments);
    if (json.hasNonString()) {
      throw nonString(json);
    }
    return json.isArray() ? json.strings() : separated(arguments);
  }

  private static List<String> separated(String arguments) {
    return arguments.isEmpty() ? List.of() : List.of(SEPARATOR.split(arguments, -1));
  }

  /** ENV and LABEL: {@code name=value ...}, or the legacy {@code name value with spaces}. */
  private List<String> namesAndValues(Keyword kind, String arguments) throws Invalid {
    List<String> words = shellWords(arguments, escape);
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> pairs = new ArrayList<>();
    if (!words.get(0).contains("=")) {
      String[] parts = SEPARATOR.split(arguments, 2);
      if (parts.length < 2) {
        throw new Invalid(
            kind + " must have two arguments: write " + kind + " " + parts[0] + "=VALUE");
      }
      pairs.add(parts[0]);
      pairs.add(parts[1]);
      return pairs;
    }
    for (String word : words) {
      int equals = word.indexOf('=');
      if (equals < 0) {
        throw new Invalid(
            "Syntax error - can't find = in \"" + word + "\". Must be of the form: name=value");
      }
      pairs.add(word.substring(0, equals));
      pairs.add(word.substring(equals + 1));
    }
    return pairs;
  }

  /**
   * Docker's {@code parseWords}: words separated by white space, quotes kept, the escape character
   * kept with the character it escapes (variables are expanded later).
   */
  static List<String> shellWords(String text, char escape) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int quote = 0;
    boolean blankOk = false;
    int pos = 0;
    while (true) {
      if (pos >= text.length()) {
        if ((inWord || quote != 0) && (blankOk || word.length() > 0)) {
          words.add(word.toString());
        }
        return words;
      }
      int ch = text.codePointAt(pos);
      pos += Character.charCount(ch);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        } else if (ch == escape && quote != '\'') {
          if (pos >= text.length()) {
            quote = 0;
            continue;
          }
          word.appendCodePoint(ch);
          ch = text.codePointAt(pos);
          pos += Character.charCount(ch);
        }
        word.appendCodePoint(ch);
        continue;
      }
      if (Whitespace.isSpace(ch)) {
        if (inWord && (blankOk || word.length() > 0)) {
          words.add(word.toString());
        }
        inWord = false;
        word.setLength(0);
        blankOk = false;
        continue;
      }
      inWord = true;
      if (ch == '\'' || ch == '"') {
        quote = ch;
        blankOk = true;
      } else if (ch == escape) {
        if (pos >= text.length()) {
          continue;
        }
        word.appendCodePoint(ch);
        ch = text.codePointAt(pos);
        pos += Character.charCount(ch);
      }
      word.appendCodePoint(ch);
    }
  }

  private void onbuild(Draft draft) throws Invalid {
    if (draft.arguments.isEmpty()) {
      return;
    }
    if (SEPARATOR.split(draft.arguments, 2)[0].equalsIgnoreCase("ONBUILD")) {
      throw new Invalid("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    }
    Instruction trigger = read(draft.line.from(draft.argumentsStart));
    if (trigger.is(Keyword.MAINTAINER) || trigger.is(Keyword.FROM)) {
      throw new Invalid(trigger.kind() + " isn't allowed as an ONBUILD trigger");
    }
    List<String> words = new ArrayList<>();
    words.add(trigger.keyword());
    words.addAll(trigger.words());
    draft.words = words;
    draft.trigger = trigger;
  }

  /** The argument checks of BuildKit's {@code instructions/parse.go}. */
  private static void check(Draft draft) throws Invalid {
    List<String> words = draft.words;
    Keyword kind = draft.kind;
    switch (kind) {
      case ENV, LABEL, ARG, EXPOSE, VOLUME, ONBUILD -> {
        if (words.isEmpty()) {
          throw new Invalid(kind + " requires at least one argument");
        }
        checkNames(kind, words);
        if (kind == Keyword.VOLUME
            && words.stream().anyMatch(word -> Whitespace.trim(word).isEmpty())) {
          throw new Invalid("VOLUME specified can not be an empty string");
        }
      }
      case MAINTAINER, STOPSIGNAL, USER, WORKDIR -> {
        if (words.size() != 1) {
          throw new Invalid(kind + " requires exactly one argument");
        }
      }
      case ADD, COPY -> checkSourcesAndDestination(kind, words);
      case SHELL -> {
        if (words.isEmpty()) {
          throw new Invalid("SHELL requires at least one argument");
        }
        if (draft.command.form() != CommandForm.EXEC) {
          throw new Invalid(
              "SHELL requires the arguments to be in JSON form: write SHELL [\"/bin/bash\","
                  + " \"-c\"]");
        }
      }
      default -> {
        // CMD, ENTRYPOINT, RUN and HEALTHCHECK are checked as they are read, FROM as its stage
        // starts.
      }
    }
  }

  private static void checkNames(Keyword kind, List<String> words) throws Invalid {
    if (kind == Keyword.ENV || kind == Keyword.LABEL) {
      for (int i = 0; i < words.size(); i += 2) {
        if (words.get(i).isEmpty()) {
          throw new Invalid(kind + " names can not be blank");
        }
      }
    } else if (kind == Keyword.ARG) {
      for (String word : words) {
        if (word.startsWith("=")) {
          throw new Invalid("ARG names can not be blank");
        }
      }
    }
  }

  private static void checkSourcesAndDestination(Keyword kind, List<String> words) throws Invalid {
    if (words.size() < 2) {
      throw new Invalid(
          kind
              + " requires at least two arguments, but only one was provided. Destination could not"
              + " be determined");
    }
    try {
      if (HeredocMarker.parse(words.get(words.size() - 1)) != null) {
        throw new Invalid(kind + " cannot accept a heredoc as a destination");
      }
    } catch (ShellLexer.SyntaxError notAHeredoc) {
      // Docker ignores a destination it cannot lex as a here-document opener.
    }
  }

  /** The stage name of a FROM's words (lower case), or null when the stage has none. */
  static String stageName(List<String> words) throws Invalid {
    if (words.size() == 3 && words.get(1).equalsIgnoreCase("as")) {
      String name = words.get(2).toLowerCase(Locale.ROOT);
      if (!STAGE_NAME.matcher(name).matches()) {
        throw new Invalid(
            "invalid name for build stage: \""
                + words.get(2)
                + "\", name can't start with a number or"
                + " contain symbols");
      }
      return name;
    }
    if (words.size() != 1) {
      throw new Invalid(
          "FROM requires either one or three arguments: FROM IMAGE or FROM IMAGE AS NAME");
    }
    return null;
  }

  private static void checkFlags(Keyword kind, List<String> flags) throws Invalid {
    String problem = BuilderFlags.problem(kind, flags);
    if (problem != null) {
      throw new Invalid(problem);
    }
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
