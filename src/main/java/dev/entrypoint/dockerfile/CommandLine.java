package dev.entrypoint.dockerfile;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.CommandForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The command of a CMD, ENTRYPOINT, RUN, SHELL or HEALTHCHECK CMD instruction as Docker read it: an
 * exec-form array, or a shell-form line that the builder wraps in the stage's shell.
 *
 * <p>A shell-form command whose text starts with {@code [} was meant as an array but is not valid
 * JSON; {@link #jsonFailure()} then says which character broke it.
 */
public final class CommandLine {

  private final CommandForm form;
  private final List<String> exec;
  private final String shell;
  private final JsonArrayFailure jsonFailure;

  private CommandLine(
      CommandForm form, List<String> exec, String shell, JsonArrayFailure jsonFailure) {
    this.form = form;
    this.exec = exec == null ? null : List.copyOf(exec);
    this.shell = shell;
    this.jsonFailure = jsonFailure;
  }

  /** An exec-form command, a JSON array of strings (possibly empty). */
  public static CommandLine exec(List<String> argv) {
    return new CommandLine(CommandForm.EXEC, Objects.requireNonNull(argv, "argv"), null, null);
  }

  /**
   * A shell-form command line; {@code jsonFailure} is set when the line looks like a broken array.
   */
  public static CommandLine shell(String line, JsonArrayFailure jsonFailure) {
    return new CommandLine(
        CommandForm.SHELL, null, Objects.requireNonNull(line, "line"), jsonFailure);
  }

  /** {@link CommandForm#EXEC} or {@link CommandForm#SHELL}. */
  public CommandForm form() {
    return form;
  }

  /** The exec-form array, or {@code null} for shell form. */
  public List<String> exec() {
    return exec;
  }

  /** The shell-form line, or {@code null} for exec form. */
  public String shell() {
    return shell;
  }

  /** Why a line starting with {@code [} fell back to shell form, or {@code null}. */
  public JsonArrayFailure jsonFailure() {
    return jsonFailure;
  }

  /** The array the builder stores: exec form as is, shell form appended to {@code shellPrefix}. */
  public List<String> storedWith(List<String> shellPrefix) {
    if (form == CommandForm.EXEC) {
      return exec;
    }
    List<String> stored = new ArrayList<>(shellPrefix);
    stored.add(shell);
    return List.copyOf(stored);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CommandLine that
        && form == that.form
        && Objects.equals(exec, that.exec)
        && Objects.equals(shell, that.shell)
        && Objects.equals(jsonFailure, that.jsonFailure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(form, exec, shell, jsonFailure);
  }

  @Override
  public String toString() {
    return form == CommandForm.EXEC ? Argv.json(exec) : shell;
  }
}
