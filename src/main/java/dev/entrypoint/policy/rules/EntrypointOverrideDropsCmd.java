package dev.entrypoint.policy.rules;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.orchestrator.CommandSetting;
import dev.entrypoint.orchestrator.ComposeService;
import dev.entrypoint.orchestrator.KubernetesContainer;
import dev.entrypoint.policy.ComposeInput;
import dev.entrypoint.policy.ComposeRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.KubernetesInput;
import dev.entrypoint.policy.KubernetesRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A Kubernetes {@code command} without {@code args} (or a Compose {@code entrypoint} without {@code
 * command}) over an image that has a CMD: the orchestrator replaces the ENTRYPOINT and drops the
 * image's CMD, so its default arguments are silently gone.
 */
public final class EntrypointOverrideDropsCmd extends Rule implements KubernetesRule, ComposeRule {

  public EntrypointOverrideDropsCmd() {
    super(
        "entrypoint-override-drops-cmd",
        "command without args drops the image's CMD",
        Severity.WARNING,
        "A Kubernetes command without args (a Compose entrypoint without command) replaces the"
            + " image's ENTRYPOINT and drops its CMD, so the image's default arguments are silently"
            + " gone.");
  }

  @Override
  public void check(KubernetesInput input, FindingSink findings) {
    for (KubernetesContainer container : input.containers()) {
      Optional<CommandSetting> command = container.command().filter(CommandSetting::given);
      boolean args = container.args().filter(CommandSetting::given).isPresent();
      Optional<ImageLaunch> launch = input.launchOf(container);
      if (command.isPresent() && !args && launch.filter(ImageLaunch::hasCmd).isPresent()) {
        findings.report(
            input.at(command.get().where()),
            container.path()
                + " sets command and no args, so Kubernetes drops the image's CMD "
                + Argv.json(launch.get().cmd())
                + " and runs "
                + Argv.json(command.get().words())
                + " alone. If the program needs those arguments, add args: "
                + Argv.json(launch.get().cmd())
                + "; to keep the image's program and change only its arguments, set args instead"
                + " of command.");
      }
    }
  }

  @Override
  public void check(ComposeInput input, FindingSink findings) {
    for (ComposeService service : input.services()) {
      Optional<CommandSetting> entrypoint = service.entrypoint().filter(CommandSetting::given);
      boolean command = service.command().filter(CommandSetting::given).isPresent();
      Optional<ImageLaunch> launch = input.launchOf(service);
      if (entrypoint.isPresent() && !command && launch.filter(ImageLaunch::hasCmd).isPresent()) {
        List<String> cmd = launch.get().cmd();
        findings.report(
            input.at(entrypoint.get().where()),
            "Service "
                + service.name()
                + " sets entrypoint and no command, so Compose drops the image's CMD "
                + Argv.json(cmd)
                + " and runs "
                + Argv.json(entrypoint.get().words())
                + " alone. If the program needs those arguments, add command: "
                + Argv.json(cmd)
                + "; to keep the image's program and change only its arguments, set command"
                + " instead of entrypoint.");
      }
    }
  }
}
