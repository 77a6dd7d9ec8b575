package dev.entrypoint.policy.rules;

import dev.entrypoint.orchestrator.CommandSetting;
import dev.entrypoint.orchestrator.KubernetesContainer;
import dev.entrypoint.orchestrator.KubernetesExpansion;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.KubernetesInput;
import dev.entrypoint.policy.KubernetesRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code $(VAR)} in a Kubernetes {@code command} or {@code args} that names no {@code env} entry of
 * the container: the kubelet leaves the reference as written, so the program gets the text {@code
 * $(VAR)}. A container with {@code envFrom} may get the variable at run time, and is left alone.
 */
public final class KubernetesUndefinedVariable extends Rule implements KubernetesRule {

  public KubernetesUndefinedVariable() {
    super(
        "kubernetes-undefined-variable",
        "$(VAR) that names no env of the container",
        Severity.WARNING,
        "$(VAR) in a Kubernetes command or args expands only from the container's env; a name it"
            + " does not define stays as the literal text $(VAR).");
  }

  @Override
  public void check(KubernetesInput input, FindingSink findings) {
    for (KubernetesContainer container : input.containers()) {
      if (container.envFrom()) {
        continue;
      }
      Stream.of(container.command(), container.args())
          .flatMap(Optional::stream)
          .forEach(
              setting -> {
                List<String> undefined =
                    references(setting).stream()
                        .filter(name -> !container.env().containsKey(name))
                        .toList();
                if (!undefined.isEmpty()) {
                  findings.report(
                      input.at(setting.where()), message(container, setting, undefined));
                }
              });
    }
  }

  private static List<String> references(CommandSetting setting) {
    List<String> names = new ArrayList<>();
    if (setting.writtenItems() != null) {
      for (String item : setting.writtenItems()) {
        KubernetesExpansion.references(item).stream()
            .filter(name -> !names.contains(name))
            .forEach(names::add);
      }
    }
    return names;
  }

  private static String message(
      KubernetesContainer container, CommandSetting setting, List<String> undefined) {
    String first = undefined.get(0);
    return container.path()
        + ": "
        + setting.key()
        + " refers to "
        + String.join(", ", undefined.stream().map(name -> "$(" + name + ")").toList())
        + ", which no env entry of the container defines, so Kubernetes passes the text as"
        + " written. Define it in the container's env (- name: "
        + first
        + ", with a value or valueFrom), or write $$("
        + first
        + ") if the program should get the text $("
        + first
        + ").";
  }
}
