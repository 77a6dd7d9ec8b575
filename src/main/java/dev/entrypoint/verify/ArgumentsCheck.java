package dev.entrypoint.verify;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.PositionalParameters;
import dev.entrypoint.launch.ShellWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The launch contract {@code arguments}: {@code run IMAGE ARGS} keeps the image's ENTRYPOINT and
 * hands it ARGS as its own arguments. An image without an ENTRYPOINT fails (ARGS replace the whole
 * command), and so does a shell-form ENTRYPOINT, whose {@code /bin/sh -c} takes ARGS as {@code $0},
 * {@code $1}, ... of its line and ignores them.
 *
 * @param launch the image's ENTRYPOINT and CMD
 * @param args the arguments given to {@code run IMAGE}
 */
record ArgumentsCheck(ImageLaunch launch, List<String> args) implements Check {

  ArgumentsCheck {
    args = List.copyOf(args);
  }

  @Override
  public String expected() {
    String arguments = "the arguments " + Argv.shellQuoted(args);
    if (!launch.hasEntrypoint()) {
      return arguments + " reach an ENTRYPOINT as its own";
    }
    if (launch.entrypointForm() == CommandForm.SHELL) {
      return arguments
          + " reach the ENTRYPOINT's program as its own, which needs the ENTRYPOINT in exec form"
          + ShellWords.execForm(launch.entrypoint().get(2))
              .map(argv -> ", such as " + Argv.json(argv))
              .orElse("");
    }
    return arguments
        + " reach the ENTRYPOINT "
        + Argv.json(launch.entrypoint())
        + " as its own: argv "
        + Argv.json(expectedArgv());
  }

  @Override
  public RunPlan plan() {
    return RunPlan.CREATE_ONLY;
  }

  @Override
  public Optional<String> failure(Observation observation) {
    if (observation.createError() != null) {
      return Optional.of(
          "the engine refused to create the container: " + observation.createError());
    }
    String observed = "argv " + Argv.json(observation.argv());
    if (!launch.hasEntrypoint()) {
      return Optional.of(
          observed + ": the image has no ENTRYPOINT, so the arguments replaced its whole command");
    }
    if (!expectedArgv().equals(observation.argv())) {
      return Optional.of(observed);
    }
    if (launch.entrypointForm() == CommandForm.SHELL) {
      List<String> shell = launch.entrypoint();
      return Optional.of(
          observed
              + ": the ENTRYPOINT is shell form, so "
              + PositionalParameters.ignored(shell.get(0) + " -c", shell.get(2), args));
    }
    return Optional.empty();
  }

  private List<String> expectedArgv() {
    List<String> argv =
        new ArrayList<>(launch.entrypoint() == null ? List.of() : launch.entrypoint());
    argv.addAll(args);
    return argv;
  }
}
