package dev.entrypoint.policy.rules;

import dev.entrypoint.orchestrator.CommandSetting;
import dev.entrypoint.orchestrator.ComposeInterpolation;
import dev.entrypoint.orchestrator.ComposeService;
import dev.entrypoint.policy.ComposeInput;
import dev.entrypoint.policy.ComposeRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ${VAR}} in a Compose {@code command} or {@code entrypoint} where only the service's own
 * {@code environment} sets VAR: Compose interpolates the file when it reads it, from the
 * environment that runs Compose and {@code .env}, so the container gets an empty string, not the
 * service's value.
 */
public final class ComposeVariableFromServiceEnvironment extends Rule implements ComposeRule {

  public ComposeVariableFromServiceEnvironment() {
    super(
        "compose-variable-from-service-environment",
        "Compose variable that only the service's environment sets",
        Severity.WARNING,
        "${VAR} in a Compose command is interpolated from the environment that runs Compose and"
            + " .env, never from the service's environment, so a variable only the service sets"
            + " becomes an empty string.");
  }

  @Override
  public void check(ComposeInput input, FindingSink findings) {
    for (ComposeService service : input.services()) {
      Stream.of(service.entrypoint(), service.command())
          .flatMap(Optional::stream)
          .forEach(
              setting -> {
                List<String> names =
                    references(setting).stream()
                        .filter(service.environment()::containsKey)
                        .filter(name -> !input.interpolates(name))
                        .toList();
                if (!names.isEmpty()) {
                  findings.report(input.at(setting.where()), message(service, setting, names));
                }
              });
    }
  }

  private static List<String> references(CommandSetting setting) {
    List<String> texts =
        setting.isString()
            ? List.of(setting.writtenText())
            : setting.writtenItems() == null ? List.of() : setting.writtenItems();
    List<String> names = new ArrayList<>();
    for (String text : texts) {
      ComposeInterpolation.references(text).stream()
          .filter(name -> !names.contains(name))
          .forEach(names::add);
    }
    return names;
  }

  private static String message(
      ComposeService service, CommandSetting setting, List<String> names) {
    String first = names.get(0);
    return "Service "
        + service.name()
        + ": "
        + setting.key()
        + " refers to "
        + String.join(", ", names.stream().map(name -> "${" + name + "}").toList())
        + ", which only the service's environment sets. Compose replaces ${...} when it reads the"
        + " file, from the environment that runs Compose and .env, so the container gets an empty"
        + " string. To use the service's value, let the container's shell read it: "
        + setting.key()
        + ": [\"sh\", \"-c\", \"exec my-app --option $${"
        + first
        + "}\"], or have the program read "
        + first
        + " from its environment.";
  }
}
