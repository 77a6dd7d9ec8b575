package dev.entrypoint.policy.rules;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.ShellWrapper;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A whole command line in one exec-form element: {@code ENTRYPOINT ["java -jar app.jar"]}, which
 * names a program called {@code java -jar app.jar}.
 */
public final class UnsplitExecArray extends ExecArrayRule {

  private static final Pattern WHITESPACE = Pattern.compile("\\s");

  public UnsplitExecArray() {
    super(
        "unsplit-exec-array",
        "Command line in one exec-form element",
        Severity.ERROR,
        "Exec form does not split words: [\"java -jar app.jar\"] looks for a program named"
            + " 'java -jar app.jar', and fails with 'executable file not found'.");
  }

  @Override
  void check(ExecArray array, FindingSink findings) {
    List<String> argv = array.argv();
    String first = argv.get(0);
    boolean program = array.role() == ExecArray.Role.PROGRAM;
    boolean loneArgument = array.role() == ExecArray.Role.ARGUMENTS && argv.size() == 1;
    if (!(program || loneArgument)
        || !WHITESPACE.matcher(first.strip()).find()
        || ShellWrapper.of(argv).isPresent()) {
      return;
    }
    String consequence =
        program
            ? "names one program, "
                + Argv.json(List.of(first))
                + ", spaces included: exec form does"
                + " not split words, so 'docker run' fails with 'exec: \""
                + first
                + "\": executable file not found in $PATH'."
            : "is one argument, "
                + Argv.json(List.of(first))
                + ", spaces included: exec form does not"
                + " split words, so the ENTRYPOINT gets it as a single argument.";
    findings.report(
        array.location(),
        Sentence.capitalized(array.written()) + " " + consequence + " " + fix(array, first));
  }

  private static String fix(ExecArray array, String first) {
    List<String> rest = array.argv().subList(1, array.argv().size());
    return ShellScript.asExecForm(first)
        .map(
            words -> {
              List<String> split = new ArrayList<>(words);
              split.addAll(rest);
              return "Write each word as its own element: " + array.rewritten(split) + ".";
            })
        .orElse(
            "It needs a shell, so say so and let the shell hand over to the program: "
                + array.rewritten(List.of("/bin/sh", "-c", ExecFormFix.withExec(first)))
                + ".");
  }
}
