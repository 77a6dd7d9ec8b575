package dev.entrypoint.engine;

import static dev.entrypoint.engine.ImageMatrix.child;
import static dev.entrypoint.engine.ImageMatrix.image;
import static dev.entrypoint.engine.TestEngines.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.engine.ImageMatrix.Image;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.launch.Resolution;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the launch model on the real engines: for every image and invocation of a matrix, the argv
 * Docker and Podman create a container with (or their refusal) is what {@link LaunchResolver}
 * predicts from the ENTRYPOINT and CMD the same engine's {@code inspectImageConfig} reads.
 */
class LaunchResolverAgreesWithEnginesEngineIT {

  private static final List<Image> IMAGES =
      List.of(
          image("nothing"),
          image("entrypoint-exec", "ENTRYPOINT [\"echo\", \"e\"]"),
          image("entrypoint-shell", "ENTRYPOINT echo e"),
          image("cmd-exec", "CMD [\"echo\", \"c\"]"),
          image("cmd-shell", "CMD echo c"),
          image("entrypoint-shell-cmd-exec", "ENTRYPOINT echo e", "CMD [\"c\", \"q\"]"),
          image("entrypoint-exec-cmd-exec", "ENTRYPOINT [\"echo\", \"e\"]", "CMD [\"c\", \"q\"]"),
          image("entrypoint-shell-cmd-shell", "ENTRYPOINT echo e", "CMD c q"),
          image("entrypoint-exec-cmd-shell", "ENTRYPOINT [\"echo\", \"e\"]", "CMD c q"),
          image("cmd-empty", "CMD []"),
          image("cmd-empty-string", "CMD [\"\"]"),
          image("entrypoint-empty", "ENTRYPOINT []"),
          image("entrypoint-empty-cmd-exec", "ENTRYPOINT []", "CMD [\"echo\", \"c\"]"),
          image("entrypoint-empty-string", "ENTRYPOINT [\"\"]"),
          image("entrypoint-empty-string-cmd-exec", "ENTRYPOINT [\"\"]", "CMD [\"echo\", \"c\"]"),
          image("entrypoint-exec-cmd-empty-string", "ENTRYPOINT [\"echo\", \"e\"]", "CMD [\"\"]"),
          child("entrypoint-over-base-cmd", "cmd-exec", "ENTRYPOINT [\"echo\", \"e\"]"),
          child("cmd-over-base-entrypoint", "entrypoint-exec", "CMD [\"c\", \"q\"]"),
          child("empty-entrypoint-over-base-both", "entrypoint-exec-cmd-exec", "ENTRYPOINT []"));

  private static final List<Invocation> INVOCATIONS =
      List.of(
          Invocation.run(),
          Invocation.run("a", "b"),
          Invocation.run(""),
          Invocation.runWithEntrypoint("echo"),
          Invocation.runWithEntrypoint("echo", "a"),
          Invocation.runWithEntrypoint(""),
          Invocation.runWithEntrypoint("", "a"),
          Invocation.runWithEntrypoint("[\"echo\",\"j\"]"),
          Invocation.runWithEntrypoint("[]"),
          Invocation.runWithEntrypoint("[]", "a"),
          Invocation.runWithEntrypoint("null"),
          Invocation.runWithEntrypoint("[\"\"]"),
          Invocation.runWithEntrypoint("[1]"),
          Invocation.runWithEntrypoint("[null]", "a"),
          Invocation.runWithEntrypoint("[\"echo\",1]"));

  private static ImageMatrix matrix;

  @BeforeAll
  static void buildImages() throws IOException, InterruptedException {
    matrix = ImageMatrix.build(PREFIX + "launch", IMAGES);
  }

  @AfterAll
  static void removeImages() {
    matrix.close();
  }

  @Test
  void everyImageAndInvocationRunsWhatTheModelSaysOnDockerAndPodman() throws InterruptedException {
    List<Cell> cells = matrix.cells(LaunchResolverAgreesWithEnginesEngineIT::cells);
    List<Cell> disagreements = cells.stream().filter(cell -> !cell.agrees()).toList();

    System.out.printf(
        "%d cells checked, %d disagree with the model%n", cells.size(), disagreements.size());
    assertThat(cells).hasSize(IMAGES.size() * INVOCATIONS.size() * EngineKind.values().length);
    assertThat(disagreements)
        .withFailMessage("the engines disagree with the model:%n%s", table(disagreements))
        .isEmpty();
  }

  /**
   * Every invocation of one image on one engine, in a session of its own so that tasks run side by
   * side.
   */
  private static List<Cell> cells(ContainerEngine engine, Image image) {
    String reference = matrix.reference(engine.kind(), image);
    ImageLaunch launch =
        ImageConfig.ofContainerConfig(engine.inspectImageConfig(reference)).launch();
    List<Cell> cells = new ArrayList<>();
    try (EngineSession session = engine.openSession(PREFIX + "launch-")) {
      for (Invocation invocation : INVOCATIONS) {
        Resolution model = LaunchResolver.resolve(launch, invocation, engine.kind());
        cells.add(
            new Cell(
                engine.kind(),
                image,
                launch,
                invocation,
                model,
                created(session, reference, invocation)));
      }
    }
    return cells;
  }

  /** The argv the engine creates the container with, or its refusal as {@code error: MESSAGE}. */
  private static String created(EngineSession session, String image, Invocation invocation) {
    Container container;
    try {
      container = session.create(ContainerSpec.of(image, invocation));
    } catch (ContainerCreateException refused) {
      return "error: " + refused.engineError();
    }
    try {
      return Argv.json(session.engine().resolvedArgv(container));
    } finally {
      session.remove(container);
    }
  }

  private record Cell(
      EngineKind engine,
      Image image,
      ImageLaunch launch,
      Invocation invocation,
      Resolution model,
      String actual) {

    boolean agrees() {
      return model.runs()
          ? actual.equals(Argv.json(model.argv()))
          : actual.startsWith("error: ") && actual.contains(model.error());
    }

    String row() {
      return String.join(
          " | ",
          engine.command(),
          image.describe(),
          launch.toString(),
          invocation.commandLine(engine, "IMAGE"),
          model.runs() ? Argv.json(model.argv()) : "error: " + model.error(),
          actual);
    }
  }

  private static String table(List<Cell> cells) {
    return cells.stream()
        .map(Cell::row)
        .collect(
            Collectors.joining(
                "\n", "engine | image | inspected | invocation | model | engine says\n", "\n"));
  }
}
