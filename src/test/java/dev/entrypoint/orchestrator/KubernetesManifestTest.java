package dev.entrypoint.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesManifestTest {

  private static List<KubernetesContainer> read(String yaml) {
    return KubernetesManifest.containers(YamlDocuments.parse(yaml, "k.yaml"), "k.yaml");
  }

  private static final String TEMPLATE =
      "  template:\n    spec:\n      containers:\n      - name: app\n        image: app:1\n";

  @Test
  void findsTheContainersOfEveryWorkloadKindInitContainersFirst() {
    String manifest =
        "kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: x:1}\n"
            + "  initContainers:\n  - {name: i, image: x:1}\n"
            + "---\nkind: Deployment\nmetadata: {name: d}\nspec:\n"
            + TEMPLATE
            + "---\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n"
            + TEMPLATE
            + "---\nkind: DaemonSet\nmetadata: {name: ds}\nspec:\n"
            + TEMPLATE
            + "---\nkind: ReplicaSet\nmetadata: {name: rs}\nspec:\n"
            + TEMPLATE
            + "---\nkind: Job\nmetadata: {name: j}\nspec:\n"
            + TEMPLATE
            + "---\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n"
            + "      template:\n        spec:\n          containers:\n"
            + "          - {name: app, image: app:1}\n"
            + "---\nkind: Service\nmetadata: {name: svc}\n"
            + "---\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: l}\n  spec:\n"
            + "    containers:\n    - {name: a, image: x:1}\n";

    assertThat(read(manifest))
        .extracting(c -> c.path() + (c.init() ? " (init)" : ""))
        .containsExactly(
            "Pod/p/i (init)",
            "Pod/p/a",
            "Deployment/d/app",
            "StatefulSet/s/app",
            "DaemonSet/ds/app",
            "ReplicaSet/rs/app",
            "Job/j/app",
            "CronJob/c/app",
            "Pod/l/a");
  }

  @Test
  void expandsFromLiteralEnvAndNotesWhatIsResolvedAtRunTime() {
    KubernetesContainer container =
        read("kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: x:1\n"
                + "    args: [\"$(URL)\", \"$(PASSWORD)\", \"$(NOPE)\"]\n"
                + "    env:\n    - {name: HOST, value: db}\n"
                + "    - {name: URL, value: \"jdbc://$(HOST)/app\"}\n"
                + "    - name: PASSWORD\n      valueFrom:\n        secretKeyRef: {name: db, key: pw}\n")
            .get(0);

    CommandSetting args = container.args().get();
    assertThat(args.words()).containsExactly("jdbc://db/app", "$(PASSWORD)", "$(NOPE)");
    assertThat(args.notes())
        .containsExactly(
            "$(PASSWORD) is shown as written: the kubelet puts in its value at run time, from"
                + " secretKeyRef db/pw",
            "$(NOPE) names no env of this container, so it stays as written");
  }

  @Test
  void aStringCommandIsRefusedAsTheApiServerRefusesIt() {
    CommandSetting command =
        read("kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: x:1\n"
                + "    command: serve --port 80\n")
            .get(0)
            .command()
            .get();

    assertThat(command.error())
        .isEqualTo(
            "Pod/p container a: 'command' is a string, and Kubernetes refuses the manifest (a list"
                + " of strings is needed): write command: [\"serve --port 80\"]");
  }

  @Test
  void thePullPolicyDefaultsAsKubernetesDoes() {
    String pod = "kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: %s}\n";

    assertThat(read(pod.formatted("app:1")).get(0).pullPolicy()).isEqualTo("IfNotPresent");
    assertThat(read(pod.formatted("app")).get(0).pullPolicy()).isEqualTo("Always");
    assertThat(read(pod.formatted("app:latest")).get(0).pullPolicy()).isEqualTo("Always");
    assertThat(read(pod.formatted("localhost:5000/app")).get(0).pullPolicy()).isEqualTo("Always");
  }
}
