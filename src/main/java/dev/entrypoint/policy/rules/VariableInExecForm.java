package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.ShellWrapper;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@code $VAR} in an exec-form array: {@code ENTRYPOINT ["java", "$JAVA_OPTS", "-jar",
 * "app.jar"]} passes the text {@code $JAVA_OPTS} itself, since no shell runs to expand it.
 */
public final class VariableInExecForm extends ExecArrayRule {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

  public VariableInExecForm() {
    super(
        "variable-in-exec-form",
        "Variable in exec form",
        Severity.WARNING,
        "Exec form runs no shell, so a $VAR in an exec-form ENTRYPOINT or CMD reaches the program"
            + " as the literal text $VAR.");
  }

  @Override
  void check(ExecArray array, FindingSink findings) {
    List<String> argv = array.argv();
    if (array.role() == ExecArray.Role.SCRIPT
        || ShellWrapper.of(ExecArray.afterInit(argv)).isPresent()) {
      return;
    }
    Set<String> variables = new LinkedHashSet<>();
    for (String word : argv) {
      Matcher matcher = VARIABLE.matcher(word);
      while (matcher.find()) {
        variables.add(matcher.group(1));
      }
    }
    if (variables.isEmpty()) {
      return;
    }
    String names = variables.stream().map(name -> "$" + name).collect(Collectors.joining(", "));
    String program = array.role() == ExecArray.Role.PROGRAM ? argv.get(0) : "the ENTRYPOINT";
    findings.report(
        array.location(),
        Sentence.capitalized(array.written())
            + " passes "
            + names
            + " to "
            + program
            + " as written: exec form runs no shell, so nothing expands "
            + (variables.size() == 1 ? "it" : "them")
            + ". "
            + fix(array, variables));
  }

  private static String fix(ExecArray array, Set<String> variables) {
    String tool =
        variables.contains("JAVA_OPTS") && array.argv().get(0).endsWith("java")
            ? " For JVM options, JAVA_TOOL_OPTIONS needs no shell: the JVM reads it itself."
            : "";
    List<String> words = new ArrayList<>();
    for (String word : array.argv()) {
      words.add(VARIABLE.matcher(word).find() ? "\"" + word + "\"" : Argv.shellQuoted(word));
    }
    String script = "exec " + String.join(" ", words);
    List<String> wrapped =
        array.kind() == Keyword.ENTRYPOINT
            ? List.of("/bin/sh", "-c", script + " \"$@\"", "sh")
            : List.of("/bin/sh", "-c", script);
    return "Let a shell expand "
        + (variables.size() == 1 ? "it" : "them")
        + " and then hand over to the program: "
        + array.rewritten(wrapped)
        + "."
        + tool;
  }
}
