package dev.entrypoint.engine;

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
import dev.entrypoint.orchestrator.ComposeLaunch;
import dev.entrypoint.orchestrator.ComposeProject;
import dev.entrypoint.orchestrator.ComposeService;
import dev.entrypoint.orchestrator.FoundImage;
import dev.entrypoint.orchestrator.OrchestratedRun;
import dev.entrypoint.process.Command;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.ProcessCommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves what {@code explain} says a Compose service executes against Debian's docker-compose
 * (Compose 1.29) on the real Docker engine: for every image of a matrix of ENTRYPOINT/CMD forms and
 * every service setting (list and string forms, empty values, interpolation from the environment
 * and {@code .env}), the argv of the container {@code docker-compose up --no-start} creates ({@code
 * .Path} and {@code .Args}), or its refusal, is what {@link ComposeLaunch} predicts from the same
 * file. Where Compose v2, which the plugin follows, is documented to differ from 1.29, the case
 * says how, and the test asserts 1.29's own result.
 */
class ComposeAgreesWithDockerComposeEngineIT {

  private static final List<Image> IMAGES =
      List.of(
          image("nothing"),
          image("entrypoint-exec", "ENTRYPOINT [\"echo\", \"e\"]"),
          image("entrypoint-shell", "ENTRYPOINT echo e"),
          image("cmd-exec", "CMD [\"echo\", \"c\"]"),
          image("cmd-shell", "CMD echo c"),
          image("entrypoint-exec-cmd-exec", "ENTRYPOINT [\"echo\", \"e\"]", "CMD [\"c\", \"q\"]"),
          image("entrypoint-shell-cmd-exec", "ENTRYPOINT echo e", "CMD [\"c\", \"q\"]"),
          image("entrypoint-exec-cmd-shell", "ENTRYPOINT [\"echo\", \"e\"]", "CMD c q"),
          image("entrypoint-empty-string-cmd-exec", "ENTRYPOINT [\"\"]", "CMD [\"echo\", \"c\"]"));

  /**
   * A service setting; {@code compose129} is what Compose 1.29 hands the engine as the command
   * where it differs from Compose v2, and why, or {@code null} when the two agree.
   */
  private record Case(String yaml, List<String> compose129, String difference) {}

  private static Case same(String yaml) {
    return new Case(yaml, null, null);
  }

  private static final List<Case> CASES =
      List.of(
          same(""),
          same("command: [\"c1\", \"c 2\"]"),
          same("command: c1 'c 2' \"d e\" ''"),
          same("command: \"\""),
          same("command: []"),
          same("entrypoint: [\"echo\", \"ep\"]"),
          same("entrypoint: echo 'e p'"),
          same("entrypoint: [\"echo\", \"ep\"]\n    command: [\"c1\"]"),
          same("entrypoint: echo ep\n    command: c1 c2"),
          same("entrypoint: []"),
          same("entrypoint: \"\""),
          same("entrypoint: [\"\"]"),
          same("entrypoint: []\n    command: [\"echo\", \"c1\"]"),
          same("entrypoint: [\"\"]\n    command: [\"echo\", \"c1\"]"),
          same("entrypoint: [\"echo\"]\n    command: []"),
          same(
              "command: echo ${SET} ${UNSET} ${UNSET:-dflt} ${UNSET-hard} ${EMPTY:-soft}"
                  + " ${EMPTY-keep} $$lit ${DOT} $SET"),
          same(
              "command: [\"echo\", \"${ONLY_IN_SERVICE}\", \"$$ONLY_IN_SERVICE\"]\n"
                  + "    environment:\n      ONLY_IN_SERVICE: service-value"),
          same("command: [\"echo\", \"${DOT_OVER_ENV}\"]"),
          new Case(
              "command: echo a && echo b",
              List.of("echo", "a", "&&", "echo", "b"),
              "Compose v2 (go-shellwords) stops at '&&' and drops the rest; 1.29 (shlex) keeps"
                  + " the operator as a word"),
          new Case(
              "command: printf \"x\\ty\"",
              List.of("printf", "x\\ty"),
              "Compose v2 drops a backslash inside double quotes; 1.29 keeps it, as a POSIX"
                  + " shell does"));

  /** Values that stop Compose before it creates anything: each is a file of its own. */
  private static final Map<String, String> REFUSED =
      Map.of(
          "command: echo ${REQUIRED?needs REQUIRED}", "REQUIRED",
          "command: echo ${EMPTY:?needs EMPTY}", "EMPTY",
          "command: echo $(date)", "nterpolation format");

  private static final Map<String, String> ENVIRONMENT =
      Map.of("SET", "from-env", "EMPTY", "", "DOT_OVER_ENV", "env-wins");

  private static final String DOT_ENV = "DOT=from-dotenv\nDOT_OVER_ENV=dotenv-loses\n";

  private static ImageMatrix matrix;

  @BeforeAll
  static void buildImages() throws IOException, InterruptedException {
    matrix = ImageMatrix.build(PREFIX + "compose", IMAGES);
  }

  @AfterAll
  static void removeImages() {
    matrix.close();
  }

  @Test
  void everyImageAndServiceRunsWhatExplainSays(@TempDir Path dir) throws Exception {
    List<Callable<List<Cell>>> tasks = new ArrayList<>();
    IMAGES.forEach(image -> tasks.add(() -> cells(dir, image)));
    List<Cell> cells = TestEngines.inParallel(3, tasks).stream().flatMap(List::stream).toList();
    List<Cell> disagreements = cells.stream().filter(cell -> !cell.agrees()).toList();
    long departures = cells.stream().filter(cell -> cell.difference() != null).count();

    System.out.printf(
        "%d Compose services checked against docker-compose 1.29, %d of them documented Compose"
            + " v2 departures, %d disagree%n",
        cells.size(), departures, disagreements.size());
    assertThat(cells).hasSize(IMAGES.size() * CASES.size());
    assertThat(disagreements)
        .withFailMessage("docker-compose disagrees with explain:%n%s", table(disagreements))
        .isEmpty();
  }

  @Test
  void valuesComposeRefusesAreRefusedByBoth(@TempDir Path dir) throws Exception {
    Image image = IMAGES.get(5);
    for (Map.Entry<String, String> refused : REFUSED.entrySet()) {
      Path project = Files.createDirectories(dir.resolve("refused" + refused.getValue().length()));
      Path file = project.resolve("compose.yaml");
      Files.writeString(file, services(image, List.of(same(refused.getKey()))));
      OrchestratedRun model = model(file, "s00", launch(image));
      CommandResult real = up(project, file);

      assertThat(model.error()).as(refused.getKey()).contains(refused.getValue());
      assertThat(real.succeeded()).as(refused.getKey()).isFalse();
      assertThat(real.stdout() + real.stderr()).as(refused.getKey()).contains(refused.getValue());
      down(project, file);
    }
  }

  private static List<Cell> cells(Path dir, Image image) throws Exception {
    Path project = Files.createDirectories(dir.resolve(image.name()));
    Path file = project.resolve("compose.yaml");
    Files.writeString(file, services(image, CASES));
    Files.writeString(project.resolve(".env"), DOT_ENV);
    ImageLaunch launch = launch(image);
    CommandResult created = up(project, file);
    try {
      String output = created.stdout() + created.stderr();
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < CASES.size(); i++) {
        String service = String.format("s%02d", i);
        Case setting = CASES.get(i);
        OrchestratedRun model = model(file, service, launch);
        String expected = expected(model, setting, launch);
        cells.add(new Cell(image, setting, expected, actual(projectName(image), service, output)));
      }
      return cells;
    } finally {
      down(project, file);
    }
  }

  /** What the model says, or, for a documented departure, what Compose 1.29 does instead. */
  private static String expected(OrchestratedRun model, Case setting, ImageLaunch launch) {
    if (setting.compose129 == null) {
      return model.runs() ? Argv.json(model.argv()) : "error: " + model.error();
    }
    var resolution =
        LaunchResolver.resolve(launch, Invocation.run(setting.compose129), EngineKind.DOCKER);
    return resolution.runs() ? Argv.json(resolution.argv()) : "error: " + resolution.error();
  }

  private static OrchestratedRun model(Path file, String service, ImageLaunch launch)
      throws IOException {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(ENVIRONMENT);
    ComposeService read =
        ComposeProject.read(List.of(file), Path::toString, environment).service(service).get();
    return ComposeLaunch.resolve(
        "compose:" + service, read, FoundImage.found("image", "matrix", launch));
  }

  private static ImageLaunch launch(Image image) {
    return ImageConfig.ofContainerConfig(
            TestEngines.connect(EngineKind.DOCKER)
                .inspectImageConfig(PREFIX + "compose:" + image.name()))
        .launch();
  }

  private static String services(Image image, List<Case> cases) {
    StringBuilder yaml = new StringBuilder("version: \"2.4\"\nservices:\n");
    for (int i = 0; i < cases.size(); i++) {
      yaml.append(String.format("  s%02d:%n", i))
          .append("    image: ")
          .append(PREFIX)
          .append("compose:")
          .append(image.name())
          .append('\n');
      if (!cases.get(i).yaml().isEmpty()) {
        yaml.append("    ").append(cases.get(i).yaml()).append('\n');
      }
    }
    return yaml.toString();
  }

  private static String projectName(Image image) {
    return (PREFIX + "c-" + image.name()).replaceAll("[^-_a-z0-9]", "");
  }

  private static CommandResult up(Path project, Path file) {
    return compose(project, file, "up", "--no-start");
  }

  private static void down(Path project, Path file) {
    compose(project, file, "down");
  }

  private static CommandResult compose(Path project, Path file, String... arguments) {
    List<String> argv =
        new ArrayList<>(
            List.of(
                "docker-compose",
                "--project-directory",
                project.toString(),
                "-p",
                projectName(project),
                "-f",
                file.toString()));
    argv.addAll(List.of(arguments));
    return new ProcessCommandRunner().run(new Command(argv, ENVIRONMENT, Duration.ofMinutes(5)));
  }

  private static String projectName(Path project) {
    return (PREFIX + "c-" + project.getFileName()).replaceAll("[^-_a-z0-9]", "");
  }

  private static final Pattern REFUSAL =
      Pattern.compile("Cannot create container for service (\\S+): (.*)");

  /** The argv of the service's container, or Compose's refusal as {@code error: MESSAGE}. */
  private static String actual(String project, String service, String output) {
    CommandResult inspected =
        TestEngines.cli(
            EngineKind.DOCKER,
            "inspect",
            "--format",
            "{{json .Path}} {{json .Args}}",
            project + "_" + service + "_1");
    if (inspected.succeeded()) {
      String[] parts = inspected.stdout().strip().split(" ", 2);
      List<String> argv = new ArrayList<>();
      argv.add(dev.entrypoint.Json.stringList(json(parts[0])).get(0));
      argv.addAll(dev.entrypoint.Json.stringList(json(parts[1])));
      return Argv.json(argv);
    }
    Matcher refusal = REFUSAL.matcher(output);
    while (refusal.find()) {
      if (refusal.group(1).equals(service)) {
        return "error: " + refusal.group(2).strip();
      }
    }
    return "no container and no refusal: " + output.strip();
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String text) {
    try {
      var node = dev.entrypoint.Json.read(text);
      return node.isTextual() ? dev.entrypoint.Json.array().add(node.textValue()) : node;
    } catch (IOException e) {
      throw new IllegalStateException(text, e);
    }
  }

  private record Cell(Image image, Case setting, String expected, String actual) {

    String difference() {
      return setting.difference;
    }

    boolean agrees() {
      return expected.startsWith("error: ")
          ? actual.startsWith("error: ") && actual.contains(expected.substring(7))
          : actual.equals(expected);
    }

    String row() {
      return String.join(
          " | ", image.describe(), setting.yaml().replace("\n", " "), expected, actual);
    }
  }

  private static String table(List<Cell> cells) {
    return cells.stream()
        .map(Cell::row)
        .collect(Collectors.joining("\n", "image | service | explain | docker-compose\n", "\n"));
  }
}
