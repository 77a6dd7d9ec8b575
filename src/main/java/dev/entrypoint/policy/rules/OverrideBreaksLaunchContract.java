package dev.entrypoint.policy.rules;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
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
import java.util.Optional;

/**
 * A Compose service or Kubernetes container running the project's image whose override breaks the
 * launch contract the pom declares: under {@code arguments} the image is a fixed program, so an
 * {@code entrypoint} (Kubernetes {@code command}) that replaces it does not use the image as
 * promised; under {@code command} the image's init must stay, so an override that replaces an init
 * ENTRYPOINT such as tini breaks it.
 */
public final class OverrideBreaksLaunchContract extends Rule
    implements ComposeRule, KubernetesRule {

  public OverrideBreaksLaunchContract() {
    super(
        "override-breaks-launch-contract",
        "Override that breaks the launch contract",
        Severity.ERROR,
        "A Compose service or Kubernetes container runs the project's image with an override that"
            + " the launch contract the pom declares does not allow.");
  }

  @Override
  public void check(ComposeInput input, FindingSink findings) {
    for (ComposeService service : input.services()) {
      Optional<LaunchContract> contract = input.contractOf(service);
      Optional<CommandSetting> entrypoint = service.entrypoint().filter(s -> s.words() != null);
      if (contract.isPresent() && entrypoint.isPresent()) {
        check(
            findings,
            input.at(entrypoint.get().where()),
            "Service " + service.name(),
            contract.get(),
            entrypoint.get(),
            input.launchOf(service),
            "command");
      }
    }
  }

  @Override
  public void check(KubernetesInput input, FindingSink findings) {
    for (KubernetesContainer container : input.containers()) {
      Optional<LaunchContract> contract = input.contractOf(container);
      Optional<CommandSetting> command = container.command().filter(CommandSetting::given);
      if (contract.isPresent() && command.isPresent()) {
        check(
            findings,
            input.at(command.get().where()),
            container.path(),
            contract.get(),
            command.get(),
            input.launchOf(container),
            "args");
      }
    }
  }

  private static void check(
      FindingSink findings,
      Location location,
      String subject,
      LaunchContract contract,
      CommandSetting override,
      Optional<ImageLaunch> launch,
      String argumentsKey) {
    if (contract == LaunchContract.ARGUMENTS) {
      findings.report(
          location,
          subject
              + " replaces the ENTRYPOINT of the project's image with "
              + override.written()
              + ", but the pom declares the launch contract 'arguments': the image is a fixed"
              + " program that is given arguments, never replaced. Pass the arguments with "
              + argumentsKey
              + " instead, or declare <container><launch>command</launch>.");
      return;
    }
    Optional<ImageLaunch> init =
        launch.filter(image -> image.hasEntrypoint() && LaunchContract.isInit(image.entrypoint()));
    if (init.isPresent() && override.given()) {
      findings.report(
          location,
          subject
              + " replaces the init ENTRYPOINT "
              + Argv.json(init.get().entrypoint())
              + " of the project's image with "
              + override.written()
              + ", but the pom declares the launch contract 'command', which keeps the init as PID"
              + " 1 to pass signals on. Give the command with "
              + argumentsKey
              + " instead, so that the init runs it.");
    }
  }
}
