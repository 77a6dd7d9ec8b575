package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.pod;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesUndefinedVariableTest {

  private static final RuleCheck CHECK = RuleCheck.of(new KubernetesUndefinedVariable());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "args: [\"--db\", \"$(DB_URL)\"]",
        "command: [\"serve\", \"--port=$(PORT)\"]\nenv:\n- name: HOST\n  value: x",
        "args: [\"$(HOST)\", \"$(PORT)\"]\nenv:\n- name: HOST\n  value: x"
      })
  void mustTrigger(String settings) {
    assertThat(CHECK.kubernetes(pod(settings), null, null)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "args: [\"--db\", \"$(DB_URL)\"]\nenv:\n- name: DB_URL\n  value: jdbc:x",
        "args: [\"$(PASSWORD)\"]\nenv:\n- name: PASSWORD\n  valueFrom:\n    secretKeyRef:\n"
            + "      name: db\n      key: password",
        "args: [\"$$(LITERAL)\", \"$HOME\", \"${HOME}\"]",
        "args: [\"$(FROM_CONFIG_MAP)\"]\nenvFrom:\n- configMapRef:\n    name: settings"
      })
  void mustNotTrigger(String settings) {
    assertThat(CHECK.kubernetes(pod(settings), null, null)).isEmpty();
  }

  @Test
  void namesTheUndefinedReferenceAndTheFix() {
    assertThat(CHECK.kubernetes(pod("args: [\"--db\", \"$(DB_URL)\"]"), null, null))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("pod.yaml:9");
              assertThat(finding.message())
                  .isEqualTo(
                      "Pod/web/app: args refers to $(DB_URL), which no env entry of the"
                          + " container defines, so Kubernetes passes the text as written. Define"
                          + " it in the container's env (- name: DB_URL, with a value or"
                          + " valueFrom), or write $$(DB_URL) if the program should get the text"
                          + " $(DB_URL).");
            });
  }
}
