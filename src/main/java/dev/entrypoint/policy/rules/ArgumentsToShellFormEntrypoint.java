package dev.entrypoint.policy.rules;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.PositionalParameters;
import dev.entrypoint.launch.ShellWords;
import dev.entrypoint.orchestrator.CommandSetting;
import dev.entrypoint.orchestrator.ComposeService;
import dev.entrypoint.orchestrator.KubernetesContainer;
import dev.entrypoint.policy.ComposeInput;
import dev.entrypoint.policy.ComposeRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.KubernetesInput;
import dev.entrypoint.policy.KubernetesRule;
import dev.entrypoint.policy.Location;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kubernetes {@code args} (or a Compose {@code command}) given to an image whose ENTRYPOINT is in
 * shell form: {@code /bin/sh -c} runs only its line, and the arguments become {@code $0}, {@code
 * $1}, ... of that line, which ignores them.
 */
public final class ArgumentsToShellFormEntrypoint extends Rule
    implements KubernetesRule, ComposeRule {

  public ArgumentsToShellFormEntrypoint() {
    super(
        "args-to-shell-form-entrypoint",
        "Arguments given to a shell-form ENTRYPOINT",
        Severity.ERROR,
        "Kubernetes args (a Compose command) given to an image with a shell-form ENTRYPOINT are"
            + " ignored: /bin/sh -c runs only its line.");
  }

  @Override
  public void check(KubernetesInput input, FindingSink findings) {
    for (KubernetesContainer container : input.containers()) {
      if (container.command().filter(CommandSetting::given).isPresent()) {
        continue;
      }
      Optional<CommandSetting> args = container.args().filter(CommandSetting::given);
      Optional<ImageLaunch> launch = input.launchOf(container);
      if (args.isPresent()
          && launch.filter(ArgumentsToShellFormEntrypoint::shellForm).isPresent()) {
        report(
            findings,
            input.at(args.get().where()),
            container.path(),
            args.get(),
            launch.get(),
            "command");
      }
    }
  }

  @Override
  public void check(ComposeInput input, FindingSink findings) {
    for (ComposeService service : input.services()) {
      if (service.entrypoint().isPresent()) {
        continue;
      }
      Optional<CommandSetting> command = service.command().filter(CommandSetting::given);
      Optional<ImageLaunch> launch = input.launchOf(service);
      if (command.isPresent()
          && launch.filter(ArgumentsToShellFormEntrypoint::shellForm).isPresent()) {
        report(
            findings,
            input.at(command.get().where()),
            "Service " + service.name(),
            command.get(),
            launch.get(),
            "entrypoint");
      }
    }
  }

  private static boolean shellForm(ImageLaunch launch) {
    return launch.hasEntrypoint() && launch.entrypointForm() == CommandForm.SHELL;
  }

  private static void report(
      FindingSink findings,
      Location location,
      String subject,
      CommandSetting arguments,
      ImageLaunch launch,
      String entrypointKey) {
    String line = launch.entrypoint().get(2);
    Optional<List<String>> program = ShellWords.execForm(line);
    String fix =
        program
            .map(
                argv -> {
                  List<String> whole = new ArrayList<>(argv);
                  whole.addAll(arguments.words());
                  return "Set "
                      + entrypointKey
                      + " to the program and its arguments, "
                      + entrypointKey
                      + ": "
                      + Argv.json(whole)
                      + ", or give the image an exec-form ENTRYPOINT "
                      + Argv.json(argv)
                      + ".";
                })
            .orElse(
                "Give the image an exec-form ENTRYPOINT, or set "
                    + entrypointKey
                    + " to the whole command.");
    findings.report(
        location,
        subject
            + " gives "
            + arguments.written()
            + " to the image's shell-form ENTRYPOINT "
            + Argv.json(launch.entrypoint())
            + ": "
            + PositionalParameters.ignored("/bin/sh -c", line, arguments.words())
            + ". "
            + fix);
  }
}
