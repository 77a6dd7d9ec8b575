package dev.entrypoint.policy.rules;

import dev.entrypoint.policy.Notation;
import java.util.List;
import java.util.Optional;

/** The sentence that tells how to write a shell-form line in exec form. */
final class ExecFormFix {

  private ExecFormFix() {}

  /** How to write the ENTRYPOINT {@code line} in exec form. */
  static String forEntrypoint(String line, Notation notation) {
    Optional<List<String>> words = ShellScript.asExecForm(line);
    if (words.isPresent()) {
      return "Write it as " + notation.entrypoint(words.get()) + ".";
    }
    return "The line needs a shell, so move it into a script that ends with exec ... \"$@\" and"
        + " make that script the exec-form ENTRYPOINT, for example "
        + notation.entrypoint(List.of("/usr/local/bin/docker-entrypoint.sh"))
        + ".";
  }

  /** How to write the CMD {@code line} in exec form. */
  static String forCmd(String line, Notation notation) {
    Optional<List<String>> words = ShellScript.asExecForm(line);
    if (words.isPresent()) {
      return "Write it as " + notation.cmd(words.get()) + ".";
    }
    return "The line needs a shell, so keep the shell but let it hand over to the program:"
        + " start the last command with exec, as in "
        + notation.cmd(List.of("/bin/sh", "-c", withExec(line)))
        + ".";
  }

  /** {@code line} with its last command started by {@code exec}, unless it already is. */
  static String withExec(String script) {
    return ShellScript.parse(script)
        .last()
        .filter(last -> !last.program().get(0).equals("exec"))
        .map(
            last ->
                script.substring(0, last.programStart())
                    + "exec "
                    + script.substring(last.programStart()))
        .orElse(script);
  }
}
