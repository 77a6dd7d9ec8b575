package dev.entrypoint.engine;

import static dev.entrypoint.engine.TestEngines.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.launch.Resolution;
import dev.entrypoint.testing.TestImages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the launch model on the real engines: for every image and invocation of a matrix, the argv
 * Docker and Podman create a container with (or their refusal) is what {@link LaunchResolver}
 * predicts from the ENTRYPOINT and CMD the same engine's {@code inspectImage} reads.
 */
class LaunchResolverAgreesWithEnginesEngineIT {

  /** An image of the matrix: its tag's suffix, the matrix image it builds on (or busybox), its instructions. */
  private record MatrixImage(String name, String base, List<String> instructions) {

    String tag() {
      return PREFIX + "launch:" + name;
    }

    String describe() {
      return name + " (" + String.join("; ", instructions) + ")";
    }
  }

  private static final List<MatrixImage> IMAGES = List.of(
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

  private static final List<Invocation> INVOCATIONS = List.of(
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

  /** Engine commands that run at once; Podman spends most of a cell waiting on its locks and runc. */
  private static final int WORKERS = 4;

  /** Per engine, the session that removes the matrix images at the end. */
  private static final Map<EngineKind, EngineSession> SESSIONS = new EnumMap<>(EngineKind.class);

  @BeforeAll
  static void buildImages() throws IOException, InterruptedException {
    String busybox = TestImages.busyboxInDocker();
    for (EngineKind kind : EngineKind.values()) {
      SESSIONS.put(kind, TestEngines.connect(kind).openSession(PREFIX + "launch-"));
    }
    for (MatrixImage image : IMAGES) {
      String base = image.base() == null ? busybox : PREFIX + "launch:" + image.base();
      TestEngines.buildInDocker(image.tag(), base, image.instructions());
      SESSIONS.get(EngineKind.DOCKER).removeOnClose(image.tag());
    }
    for (MatrixImage image : IMAGES) {
      TestImages.copyDockerImageToPodman(image.tag());
      SESSIONS.get(EngineKind.PODMAN).removeOnClose("localhost/" + image.tag());
    }
  }

  @AfterAll
  static void removeImages() {
    SESSIONS.values().forEach(EngineSession::close);
  }

  @Test
  void everyImageAndInvocationRunsWhatTheModelSaysOnDockerAndPodman() throws InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    List<Callable<List<Cell>>> tasks = new ArrayList<>();
    for (EngineSession imageSession : SESSIONS.values()) {
      IMAGES.forEach(image -> tasks.add(() -> cells(imageSession.engine(), image)));
    }
    List<Cell> cells = new ArrayList<>();
    try {
      for (Future<List<Cell>> task : workers.invokeAll(tasks)) {
        cells.addAll(task.get());
      }
    } catch (ExecutionException e) {
      throw new AssertionError("a cell could not be checked", e.getCause());
    } finally {
      workers.shutdownNow();
    }
    List<Cell> disagreements = cells.stream().filter(cell -> !cell.agrees()).toList();

    System.out.printf("%d cells checked, %d disagree with the model%n", cells.size(), disagreements.size());
    if (!disagreements.isEmpty()) {
      System.out.print(table(disagreements));
    }
    assertThat(cells).hasSize(IMAGES.size() * INVOCATIONS.size() * EngineKind.values().length);
    assertThat(disagreements)
        .withFailMessage("the engines disagree with the model:%n%s", table(disagreements))
        .isEmpty();
  }

  /** Every invocation of one image on one engine, in a session of its own so that tasks run side by side. */
  private static List<Cell> cells(ContainerEngine engine, MatrixImage image) {
    ImageLaunch launch = ImageConfig.ofContainerConfig(engine.inspectImageConfig(image.tag())).launch();
    List<Cell> cells = new ArrayList<>();
    try (EngineSession session = engine.openSession(PREFIX + "launch-")) {
      for (Invocation invocation : INVOCATIONS) {
        Resolution model = LaunchResolver.resolve(launch, invocation, engine.kind());
        cells.add(new Cell(engine.kind(), image, launch, invocation, model, created(session, image, invocation)));
      }
    }
    return cells;
  }

  /** The argv the engine creates the container with, or its refusal as {@code error: MESSAGE}. */
  private static String created(EngineSession session, MatrixImage image, Invocation invocation) {
    Container container;
    try {
      container = session.create(ContainerSpec.of(image.tag(), invocation));
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
      MatrixImage image,
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
      return String.join(" | ", engine.command(), image.describe(), launch.toString(),
          invocation.commandLine(engine, "IMAGE"),
          model.runs() ? Argv.json(model.argv()) : "error: " + model.error(), actual);
    }
  }

  private static String table(List<Cell> cells) {
    return cells.stream()
        .map(Cell::row)
        .collect(Collectors.joining("\n", "engine | image | inspected | invocation | model | engine says\n", "\n"));
  }

  private static MatrixImage image(String name, String... instructions) {
    return new MatrixImage(name, null, List.of(instructions));
  }

  private static MatrixImage child(String name, String base, String... instructions) {
    return new MatrixImage(name, base, List.of(instructions));
  }
}
