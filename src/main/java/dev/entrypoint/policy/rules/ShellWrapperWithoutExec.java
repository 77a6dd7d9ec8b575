package dev.entrypoint.policy.rules;

import dev.entrypoint.launch.ShellWrapper;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An exec-form {@code sh -c} wrapper whose last command is not started with {@code exec}: {@code
 * ENTRYPOINT ["sh", "-c", "cd /app && java -jar app.jar"]} keeps the shell as PID 1.
 */
public final class ShellWrapperWithoutExec extends ExecArrayRule {

  /** Words that end a compound command, whose last command this reading cannot see. */
  private static final Set<String> COMPOUND_ENDS = Set.of("fi", "done", "esac", "}", ")");

  public ShellWrapperWithoutExec() {
    super(
        "shell-wrapper-without-exec",
        "sh -c wrapper that does not exec its program",
        Severity.WARNING,
        "An exec-form [\"sh\", \"-c\", SCRIPT] whose last command is not started with exec keeps"
            + " the shell as PID 1, and the shell does not pass SIGTERM on to the program.");
  }

  @Override
  void check(ExecArray array, FindingSink findings) {
    if (array.role() == ExecArray.Role.SCRIPT) {
      String script = array.argv().get(0);
      if (keepsShell(script)) {
        List<String> fixed = new ArrayList<>(array.argv());
        fixed.set(0, ExecFormFix.withExec(script));
        findings.report(
            array.location(),
            message(
                "the script " + quoted(script) + " of " + array.written(),
                script,
                "Write " + array.rewritten(fixed)));
      }
      return;
    }
    List<String> command = ExecArray.afterInit(array.argv());
    Optional<ShellWrapper> wrapper = ShellWrapper.of(command);
    if (wrapper.isEmpty() || wrapper.get().awaitsScript() || !keepsShell(wrapper.get().script())) {
      return;
    }
    String script = wrapper.get().script();
    Optional<List<String>> direct = ShellScript.asExecForm(script);
    String fix;
    if (direct.isPresent() && array.argv().size() == command.size()) {
      fix = "Here the shell adds nothing, so drop it: " + array.rewritten(direct.get());
    } else {
      List<String> fixed = new ArrayList<>(array.argv());
      fixed.set(
          fixed.size() - command.size() + command.indexOf(script), ExecFormFix.withExec(script));
      fix = "Write " + array.rewritten(fixed);
    }
    findings.report(array.location(), message(array.written(), script, fix));
  }

  private static String message(String subject, String script, String fix) {
    String program = ShellScript.parse(script).last().map(c -> c.program().get(0)).orElse("it");
    return Sentence.capitalized(subject)
        + " starts "
        + program
        + " as a child of the shell, which stays PID 1 and does not pass SIGTERM on: 'docker stop'"
        + " waits out its timeout and then kills "
        + program
        + ". Start the last command with"
        + " exec, so that "
        + program
        + " replaces the shell. "
        + fix
        + ".";
  }

  /** Whether the shell stays around: the last command is not exec'd and no trap handles signals. */
  static boolean keepsShell(String script) {
    ShellScript parsed = ShellScript.parse(script);
    if (parsed.commands().stream().anyMatch(c -> c.program().get(0).equals("trap"))) {
      return false;
    }
    return parsed
        .last()
        .map(last -> last.program().get(0))
        .map(first -> !first.equals("exec") && !COMPOUND_ENDS.contains(first))
        .orElse(false);
  }

  private static String quoted(String script) {
    return "\"" + script + "\"";
  }
}
