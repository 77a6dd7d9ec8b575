package dev.entrypoint.engine;

import static dev.entrypoint.engine.ImageMatrix.image;
import static dev.entrypoint.engine.TestEngines.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.Json;
import dev.entrypoint.engine.ImageMatrix.Image;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.launch.Resolution;
import dev.entrypoint.orchestrator.CommandSetting;
import dev.entrypoint.orchestrator.FoundImage;
import dev.entrypoint.orchestrator.KubernetesContainer;
import dev.entrypoint.orchestrator.KubernetesLaunch;
import dev.entrypoint.orchestrator.KubernetesManifest;
import dev.entrypoint.orchestrator.OrchestratedRun;
import dev.entrypoint.process.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves what {@code explain} says a Kubernetes container executes against {@code podman kube play}
 * (Podman 4.3): for every image of a matrix of ENTRYPOINT/CMD forms and every setting of {@code
 * command}, {@code args} and {@code env}, the argv in the OCI {@code config.json} of the container
 * Podman creates (after {@code podman init}), or its refusal, is what {@link KubernetesLaunch}
 * predicts from the same manifest. Podman does not expand {@code $(VAR)} as the kubelet does: the
 * plugin follows Kubernetes, and for those cases the test asserts Podman's departure, the words as
 * written.
 */
class KubernetesAgreesWithPodmanKubePlayEngineIT {

  private static final List<Image> IMAGES =
      List.of(
          image("nothing"),
          image("entrypoint-exec", "ENTRYPOINT [\"echo\", \"e\"]"),
          image("entrypoint-shell", "ENTRYPOINT echo e"),
          image("cmd-exec", "CMD [\"echo\", \"c\"]"),
          image("cmd-shell", "CMD echo c"),
          image("entrypoint-exec-cmd-exec", "ENTRYPOINT [\"echo\", \"e\"]", "CMD [\"c\", \"q\"]"),
          image("entrypoint-shell-cmd-exec", "ENTRYPOINT echo e", "CMD [\"c\", \"q\"]"),
          image("entrypoint-exec-cmd-shell", "ENTRYPOINT [\"echo\", \"e\"]", "CMD c q"));

  /** Container settings; {@code expands} marks those whose words use {@code $(VAR)}. */
  private record Case(String yaml, boolean expands) {}

  private static final List<Case> CASES =
      List.of(
          new Case("", false),
          new Case("args: [\"a1\", \"a 2\"]", false),
          new Case("command: [\"echo\", \"k\"]", false),
          new Case("command: [\"echo\", \"k\"]\n    args: [\"a1\"]", false),
          new Case("command: []", false),
          new Case("args: []", false),
          new Case("command: []\n    args: [\"echo\", \"a1\"]", false),
          new Case("command: [\"echo\"]\n    args: []", false),
          new Case(
              "args: [\"$(FOO)\", \"$$(FOO)\", \"$(UNDEFINED)\", \"x$(FOO)y\", \"$(DERIVED)\","
                  + " \"$HOME\", \"$$\"]\n"
                  + "    env:\n"
                  + "    - name: FOO\n"
                  + "      value: foo\n"
                  + "    - name: DERIVED\n"
                  + "      value: \"d-$(FOO)\"",
              true),
          new Case(
              "command: [\"echo\", \"$(FOO)\"]\n"
                  + "    env:\n"
                  + "    - name: FOO\n"
                  + "      value: foo",
              true));

  private static ImageMatrix matrix;

  @BeforeAll
  static void buildImages() throws IOException, InterruptedException {
    matrix = ImageMatrix.build(PREFIX + "kube", IMAGES);
  }

  @AfterAll
  static void removeImages() {
    matrix.close();
  }

  @Test
  void everyImageAndContainerRunsWhatExplainSays(@TempDir Path dir) throws Exception {
    List<Callable<Cell>> tasks = new ArrayList<>();
    for (Image image : IMAGES) {
      for (int i = 0; i < CASES.size(); i++) {
        int index = i;
        tasks.add(() -> cell(dir, image, index));
      }
    }
    List<Cell> cells = TestEngines.inParallel(4, tasks);
    List<Cell> disagreements = cells.stream().filter(cell -> !cell.agrees()).toList();
    long departures = cells.stream().filter(cell -> cell.setting.expands()).count();

    System.out.printf(
        "%d Kubernetes containers checked against podman kube play, %d of them Podman's"
            + " departure from the kubelet ($(VAR) not expanded), %d disagree%n",
        cells.size(), departures, disagreements.size());
    assertThat(cells).hasSize(IMAGES.size() * CASES.size());
    assertThat(disagreements)
        .withFailMessage("podman kube play disagrees with explain:%n%s", table(disagreements))
        .isEmpty();
  }

  /** One container in a pod of its own, so that a refused container refuses only its cell. */
  private static Cell cell(Path dir, Image image, int index) throws Exception {
    String pod = (PREFIX + "k-" + image.name() + "-" + index).replaceAll("[^-a-z0-9]", "");
    Path manifest = dir.resolve(pod + ".yaml");
    Case setting = CASES.get(index);
    Files.writeString(
        manifest,
        "apiVersion: v1\n"
            + "kind: Pod\n"
            + "metadata:\n"
            + "  name: "
            + pod
            + "\n"
            + "spec:\n"
            + "  containers:\n"
            + "  - name: c\n"
            + "    image: "
            + matrix.reference(EngineKind.PODMAN, image)
            + "\n"
            + (setting.yaml().isEmpty() ? "" : "    " + setting.yaml() + "\n"));
    ImageLaunch launch = launch(image);
    KubernetesContainer container = KubernetesManifest.read(manifest, pod).get(0);
    OrchestratedRun model =
        KubernetesLaunch.resolve(
            "kubernetes:" + pod, container, FoundImage.found("image", "matrix", launch));
    String expected = setting.expands() ? asWritten(container, launch) : outcome(model);
    try {
      CommandResult played =
          TestEngines.cli(EngineKind.PODMAN, "kube", "play", "--start=false", manifest.toString());
      String actual = played.succeeded() ? argv(pod + "-c") : "error: " + played.errorText();
      return new Cell(image, setting, outcome(model), expected, actual);
    } finally {
      TestEngines.cli(EngineKind.PODMAN, "pod", "rm", "--force", pod);
    }
  }

  /**
   * What Podman runs instead of the kubelet's expansion: the same rules, on the words as written.
   */
  private static String asWritten(KubernetesContainer container, ImageLaunch launch) {
    List<String> command = container.command().map(CommandSetting::writtenItems).orElse(List.of());
    List<String> args = container.args().map(CommandSetting::writtenItems).orElse(List.of());
    Resolution resolution =
        LaunchResolver.resolve(
            launch,
            command.isEmpty() ? Invocation.run(args) : Invocation.withEntrypoint(command, args),
            EngineKind.PODMAN);
    return resolution.runs() ? Argv.json(resolution.argv()) : "error: " + resolution.error();
  }

  private static String outcome(OrchestratedRun run) {
    return run.runs() ? Argv.json(run.argv()) : "error: " + run.error();
  }

  private static ImageLaunch launch(Image image) {
    return ImageConfig.ofContainerConfig(
            TestEngines.connect(EngineKind.DOCKER)
                .inspectImageConfig(matrix.reference(EngineKind.DOCKER, image)))
        .launch();
  }

  /** The argv in the container's OCI config.json, written by {@code podman init}. */
  private static String argv(String container) throws IOException {
    TestEngines.cli(EngineKind.PODMAN, "init", container);
    CommandResult dir =
        TestEngines.cli(EngineKind.PODMAN, "inspect", "--format", "{{.StaticDir}}", container);
    Path config = Path.of(dir.stdout().strip(), "config.json");
    return Argv.json(
        Json.stringList(Json.read(Files.readAllBytes(config)).path("process").path("args")));
  }

  private record Cell(
      Image image, Case setting, String kubernetes, String expected, String actual) {

    boolean agrees() {
      return expected.startsWith("error: ")
          ? actual.startsWith("error: ")
          : actual.equals(expected);
    }

    String row() {
      return String.join(
          " | ", image.describe(), setting.yaml().replace("\n", " "), kubernetes, expected, actual);
    }
  }

  private static String table(List<Cell> cells) {
    return cells.stream()
        .map(Cell::row)
        .collect(
            Collectors.joining(
                "\n",
                "image | container | kubelet (explain) | podman expected | podman kube play\n",
                "\n"));
  }
}
