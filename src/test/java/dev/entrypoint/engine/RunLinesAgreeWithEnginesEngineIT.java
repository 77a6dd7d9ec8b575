package dev.entrypoint.engine;

import static dev.entrypoint.engine.ImageMatrix.child;
import static dev.entrypoint.engine.ImageMatrix.image;
import static dev.entrypoint.engine.TestEngines.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.engine.ImageMatrix.Image;
import dev.entrypoint.explain.ExplainedRun;
import dev.entrypoint.explain.Explainer;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.ShellCommand;
import dev.entrypoint.launch.ShellWords;
import dev.entrypoint.process.Command;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.ProcessCommandRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves {@code explain}'s run-line path on the real engines: each line of a matrix of real {@code
 * docker run} and {@code podman run} lines (quoting, combined flags, flags with values, {@code
 * --entrypoint} in every spelling, options after the image, lines the CLI refuses) is handed to the
 * engine's own command line, as {@code create} so that nothing runs, and the argv the engine
 * creates the container with, or its refusal, must be what {@link Explainer} says for the same
 * line.
 */
class RunLinesAgreeWithEnginesEngineIT {

  private static final String NAME_PREFIX = PREFIX + "runline";

  private static final List<Image> IMAGES =
      List.of(
          image("nothing"),
          image("entrypoint-exec-cmd-exec", "ENTRYPOINT [\"echo\", \"e\"]", "CMD [\"c\", \"q\"]"),
          image("entrypoint-shell", "ENTRYPOINT echo e"),
          image("cmd-exec", "CMD [\"echo\", \"c\"]"),
          image("cmd-shell", "CMD echo c"),
          image("cmd-empty", "CMD []"),
          image("cmd-empty-string", "CMD [\"\"]"),
          image("entrypoint-empty-string-cmd-exec", "ENTRYPOINT [\"\"]", "CMD [\"echo\", \"c\"]"),
          child("entrypoint-over-base-cmd", "cmd-exec", "ENTRYPOINT [\"echo\", \"e\"]"));

  /** Run lines; ENGINE becomes docker or podman, IMG the matrix image. */
  private static final List<String> LINES =
      List.of(
          "ENGINE run IMG",
          "ENGINE run --rm IMG a b",
          "ENGINE run -it --rm IMG",
          "ENGINE run -d IMG echo detached",
          "ENGINE run --rm -p 5000:5000 --entrypoint /bin/sh IMG -c 'echo hi'",
          "ENGINE run --entrypoint= IMG",
          "ENGINE run --entrypoint '' IMG a",
          "ENGINE run --entrypoint \"\" IMG",
          "ENGINE run --entrypoint='[\"echo\",\"j\"]' IMG",
          "ENGINE run --entrypoint '[]' IMG",
          "ENGINE run --entrypoint '[]' IMG a",
          "ENGINE run --entrypoint '[\"sh\",\"-c\",\"echo $0\"]' IMG arg0",
          "ENGINE run --entrypoint '[1]' IMG",
          "ENGINE run --entrypoint null IMG a",
          "ENGINE run --entrypoint=echo --entrypoint=sh IMG -c 'echo last'",
          "ENGINE run -e GREETING=hi --env=A=1 -eB=2 -w /tmp -u 0 IMG echo x",
          "ENGINE run -e GREETING IMG",
          "ENGINE run -v /tmp:/mnt -l k=v --label=x=y IMG",
          "ENGINE run --rm -- IMG --rm -e X",
          "ENGINE run IMG --entrypoint x",
          "ENGINE run --init=false IMG a",
          "ENGINE run -itp 8080:80 IMG",
          "ENGINE run --privileged=true --read-only IMG ''",
          "ENGINE run --runtime runc IMG a",
          "ENGINE --log-level=error run IMG a",
          "ENGINE container run IMG x",
          "ENGINE run --log-level error IMG",
          "ENGINE run --gpus all IMG echo g",
          "ENGINE run --frobnicate IMG",
          "ENGINE run -x IMG",
          "ENGINE run --rm=maybe IMG",
          "ENGINE run --rm -e",
          "ENGINE run --rm");

  private static final Duration CLI_TIMEOUT = Duration.ofMinutes(2);

  private static ImageMatrix matrix;

  @BeforeAll
  static void buildImages() throws IOException, InterruptedException {
    matrix = ImageMatrix.build(NAME_PREFIX, IMAGES);
  }

  @AfterAll
  static void removeImages() {
    matrix.close();
  }

  @Test
  void everyRunLineExecutesWhatExplainSaysOnDockerAndPodman() throws InterruptedException {
    List<Cell> cells = matrix.cells(RunLinesAgreeWithEnginesEngineIT::cells);
    List<Cell> disagreements = cells.stream().filter(cell -> !cell.agrees()).toList();

    System.out.printf(
        "%d run lines checked, %d disagree with explain%n", cells.size(), disagreements.size());
    assertThat(cells).hasSize(IMAGES.size() * LINES.size() * EngineKind.values().length);
    assertThat(disagreements)
        .withFailMessage("the engines disagree with explain:%n%s", table(disagreements))
        .isEmpty();
  }

  /** Every line for one image on one engine. */
  private static List<Cell> cells(ContainerEngine engine, Image image) {
    String reference = matrix.reference(engine.kind(), image);
    ImageLaunch launch =
        ImageConfig.ofContainerConfig(engine.inspectImageConfig(reference)).launch();
    List<Cell> cells = new ArrayList<>();
    int number = 0;
    for (String template : LINES) {
      String line = template.replace("ENGINE", engine.kind().command()).replace("IMG", reference);
      ShellCommand command = ShellWords.commands(line).get(0);
      String name =
          NAME_PREFIX + "-" + engine.kind().command() + "-" + image.name() + "-" + number++;
      cells.add(
          new Cell(
              line, Explainer.explain(launch, command), created(engine, command.words(), name)));
    }
    return cells;
  }

  /**
   * What the engine's command line does with the line as {@code create}: the argv of the container
   * it creates, or {@code error: } and what it printed. {@code -d}, which only {@code run} takes,
   * is left out, and so is {@code --rm}, with which Podman removes the container as soon as {@code
   * init} finds its program missing; neither changes the argv.
   */
  private static String created(ContainerEngine engine, List<String> words, String name) {
    List<String> argv = new ArrayList<>(words);
    int subcommand = argv.indexOf("run");
    argv.set(subcommand, "create");
    argv.addAll(
        subcommand + 1,
        List.of("--name", name, "--label", EngineSession.LABEL + "=" + NAME_PREFIX));
    argv.remove("-d");
    argv.remove("--rm");
    CommandResult result = new ProcessCommandRunner().run(new Command(argv, Map.of(), CLI_TIMEOUT));
    if (!result.succeeded()) {
      return "error: "
          + result
              .errorText()
              .replace(engine.kind().command() + " create", engine.kind().command() + " run");
    }
    Container container = new Container(result.stdout().strip(), name);
    try {
      return Argv.json(engine.resolvedArgv(container));
    } finally {
      engine.remove(container);
    }
  }

  private record Cell(String line, ExplainedRun explained, String actual) {

    boolean agrees() {
      return explained.runs()
          ? actual.equals(Argv.json(explained.argv()))
          : actual.startsWith("error: ") && actual.contains(explained.error());
    }

    String row() {
      return line
          + " | "
          + (explained.runs() ? Argv.json(explained.argv()) : "error: " + explained.error())
          + " | "
          + actual;
    }
  }

  private static String table(List<Cell> cells) {
    return cells.stream()
        .map(Cell::row)
        .collect(Collectors.joining("\n", "line | explain | engine\n", "\n"));
  }
}
