package dev.entrypoint.dockerfile;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds the parser to Docker itself: every file of {@code src/test/resources/dockerfiles/oracle} is
 * built with the classic builder ({@code DOCKER_BUILDKIT=0}) and with BuildKit ({@code
 * DOCKER_BUILDKIT=1}), FROM the offline busybox fixture or scratch, and the image config Docker
 * stores (ENTRYPOINT, CMD, USER, WORKDIR, ENV, SHELL, exposed ports, HEALTHCHECK test, ONBUILD)
 * must equal the parser's for the target stage. A file Docker refuses must be one the parser
 * reports a problem for, and the other way round.
 *
 * <p>The parser follows current BuildKit. Where the engine here disagrees, the difference is
 * recorded below with its reason, and the test asserts that the engine really does what the record
 * says: {@link #CLASSIC_BUILDER_DIFFERS} for the classic builder, {@link #DOCKER_20_10_DIFFERS} for
 * both builders of Docker 20.10, whose vendored BuildKit parser predates fixes that later BuildKit
 * made (trailing text after a JSON array, the {@code check} directive, the {@code #}/{@code %}
 * substitutions).
 *
 * <p>Images are built without the layer cache: the classic builder's cache takes {@code CMD []} and
 * an unset CMD for the same config, so a cached image would answer for another file.
 *
 * <p>Some files are not sent to a builder: a file with instructions but no FROM, because it crashes
 * Docker 20.10's daemon (a nil dereference in the classic builder, an index out of range in
 * BuildKit's {@code lastTarget}), which the parser must refuse; and, for BuildKit, a file with a
 * {@code # syntax} directive, which makes BuildKit pull the named frontend image from Docker Hub
 * (the classic builder, which ignores the directive, still checks it). Here-documents are not in
 * the corpus at all: neither builder of Docker 20.10 has them, so {@link HeredocTest} checks them
 * against BuildKit's documented behaviour instead.
 */
class DockerfileParserAgreesWithDockerEngineIT {

  private static final Path CORPUS = Path.of("src/test/resources/dockerfiles/oracle");
  private static final String IMAGE_PREFIX = "ep-df-oracle:";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REFUSED = "refused";
  private static final String PATH_ENV = Argv.json(List.of("PATH=" + LaunchResolver.DEFAULT_PATH));

  /**
   * Each field rendered on its own: a newer client's {@code {{json .Config}}} drops an empty {@code
   * Cmd} or {@code Entrypoint} (omitempty), so {@code []} would read as unset.
   */
  private static final String CONFIG_FORMAT =
      "{"
          + Stream.of(
                  "Entrypoint",
                  "Cmd",
                  "User",
                  "WorkingDir",
                  "Env",
                  "Shell",
                  "ExposedPorts",
                  "Healthcheck",
                  "OnBuild")
              .map(field -> "\"" + field + "\":{{json .Config." + field + "}}")
              .collect(Collectors.joining(","))
          + "}";

  /**
   * The engine's own client: the newer one on PATH builds with BuildKit only through buildx, absent
   * here.
   */
  private static final String DOCKER_20_10_CLIENT = "/usr/bin/docker";

  /** A recorded disagreement: what the engine does instead of what the parser says, and why. */
  private record Difference(String engineOutcome, String why) {}

  private static final Map<String, Difference> CLASSIC_BUILDER_DIFFERS =
      Map.ofEntries(
          entry(
              "bare-cmd",
              new Difference(
                  "ENTRYPOINT null CMD [\"/bin/sh\", \"-c\"]",
                  "the classic builder appends no empty line to the shell; BuildKit stores"
                      + " [/bin/sh, -c, \"\"]")),
          entry(
              "whitespace-only-cmd",
              new Difference(
                  "ENTRYPOINT null CMD [\"/bin/sh\", \"-c\"]",
                  "as bare-cmd: arguments of only blanks are no arguments")),
          entry(
              "bare-entrypoint",
              new Difference(
                  "ENTRYPOINT null CMD null",
                  "the classic builder clears ENTRYPOINT when it has no arguments; BuildKit wraps"
                      + " an empty line")),
          entry(
              "cmd-empty-array",
              new Difference(
                  "ENTRYPOINT [\"e\"] CMD []",
                  "the classic builder stores CMD []; BuildKit writes an empty CMD as absent"
                      + " (omitempty)")),
          entry(
              "stage-bare-cmd-then-entrypoint",
              new Difference(
                  "ENTRYPOINT [\"e\"] CMD null",
                  "the classic builder counts a CMD without arguments as not set, so ENTRYPOINT"
                      + " drops it; BuildKit counts every CMD of the stage")),
          entry(
              "arg-inherited-by-child-stage",
              new Difference(
                  "ENTRYPOINT null CMD null ENV "
                      + Argv.json(List.of("PATH=" + LaunchResolver.DEFAULT_PATH, "WHO=")),
                  "BuildKit hands a stage's ARG values to stages built on it; the classic builder"
                      + " does not")),
          entry(
              "from-scratch",
              new Difference(
                  "ENTRYPOINT [\"/app\"] CMD null",
                  "BuildKit gives a scratch image WORKDIR /; the classic builder leaves it unset")),
          entry(
              "from-platform-flag",
              new Difference(
                  REFUSED,
                  "the classic builder has no automatic platform ARGs such as $BUILDPLATFORM")),
          entry(
              "stage-name-reused-as-base-later",
              new Difference(
                  REFUSED,
                  "the classic builder refuses a stage name used twice ('a stage name already"
                      + " used'); BuildKit only warns, and FROM takes the latest stage of that"
                      + " name")),
          entry(
              "stage-reference-in-other-case",
              new Difference(
                  "ENTRYPOINT null CMD [\"c\"]",
                  "the classic builder matches FROM against stage names in any case; BuildKit"
                      + " matches exactly (names are lower-cased), so FROM BASE is an invalid image"
                      + " reference")));

  private static final Map<String, Difference> DOCKER_20_10_DIFFERS =
      Map.ofEntries(
          entry(
              "json-text-after-array",
              new Difference(
                  "ENTRYPOINT null CMD [\"echo\", \"hi\"]",
                  "Docker 20.10 decodes the first JSON value and ignores the rest of the line;"
                      + " BuildKit since dockerfile 1.9 (moby/buildkit 80518e25, 'fix invalid usage"
                      + " of json.NewDecoder') reads the whole line, so it is shell form")),
          entry(
              "json-trailing-hash-is-not-a-comment",
              new Difference(
                  "ENTRYPOINT [\"echo\", \"hi\"] CMD null",
                  "as json-text-after-array: a # after the array is text, not a comment")),
          entry(
              "json-extra-closing-bracket",
              new Difference("ENTRYPOINT null CMD [\"a\"]", "as json-text-after-array")),
          entry(
              "check-directive-then-escape",
              new Difference(
                  REFUSED,
                  "Docker 20.10 knows only the escape and syntax directives, so '# check' ends the"
                      + " directives and the escape directive after it is a comment; BuildKit since"
                      + " dockerfile 1.8 knows it")),
          entry(
              "env-pattern-modifiers",
              new Difference(
                  REFUSED,
                  "Docker 20.10 has no ${VAR#pattern}, ${VAR%pattern} or ${VAR/a/b}; later BuildKit"
                      + " has")));

  private enum Builder {
    CLASSIC("0"),
    BUILDKIT("1");

    final String environment;

    Builder(String environment) {
      this.environment = environment;
    }
  }

  private static DockerfileParser parser;

  @BeforeAll
  static void baseImage() throws IOException, InterruptedException {
    String busybox = TestImages.busyboxInDocker();
    assertThat(busybox).as("the corpus names the fixture").isEqualTo("entrypoint-test/busybox:1");
    JsonNode config = inspect(busybox);
    ImageLaunch launch =
        ImageLaunch.of(strings(config.get("Entrypoint")), strings(config.get("Cmd")));
    parser = DockerfileParser.withBaseImages(BaseImageLookup.of(Map.of(busybox, launch)));
  }

  @TestFactory
  Stream<DynamicTest> classicBuilderAgreesWithTheParser() throws IOException {
    return tests(Builder.CLASSIC);
  }

  @TestFactory
  Stream<DynamicTest> buildKitAgreesWithTheParser() throws IOException {
    return tests(Builder.BUILDKIT);
  }

  private static Stream<DynamicTest> tests(Builder builder) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(CORPUS)) {
      files = listing.filter(file -> file.toString().endsWith(".Dockerfile")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(60);
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(name(file), () -> check(file, builder)));
  }

  private static void check(Path file, Builder builder) throws IOException, InterruptedException {
    String text = Files.readString(file);
    Dockerfile dockerfile = parser.parse(file);
    Optional<String> target =
        text.lines()
            .filter(line -> line.startsWith("# oracle-target: "))
            .map(line -> line.substring("# oracle-target: ".length()).trim())
            .findFirst();
    String parsed = outcome(dockerfile, target);

    boolean crashesDocker =
        !dockerfile.instructions().isEmpty()
            && dockerfile.instructions().stream()
                .noneMatch(instruction -> instruction.is(Keyword.FROM));
    if (crashesDocker) {
      assertThat(dockerfile.problems())
          .as("Docker 20.10 crashes on it; the parser must refuse it")
          .isNotEmpty();
      return;
    }
    if (builder == Builder.BUILDKIT
        && dockerfile.directives().stream()
            .anyMatch(directive -> directive.name().equals("syntax"))) {
      return;
    }

    String built = build(file, builder, target);
    Difference difference =
        builder == Builder.CLASSIC && CLASSIC_BUILDER_DIFFERS.containsKey(name(file))
            ? CLASSIC_BUILDER_DIFFERS.get(name(file))
            : DOCKER_20_10_DIFFERS.get(name(file));
    if (difference != null) {
      assertThat(built)
          .as("recorded difference: " + difference.why())
          .isEqualTo(difference.engineOutcome());
      assertThat(parsed)
          .as("the parser follows current BuildKit")
          .isNotEqualTo(difference.engineOutcome());
    } else {
      assertThat(parsed)
          .as(builder + " builds " + name(file) + "; parser problems " + dockerfile.problems())
          .isEqualTo(built);
    }
  }

  private static String outcome(Dockerfile dockerfile, Optional<String> target) {
    if (!dockerfile.builds()) {
      return REFUSED;
    }
    Stage stage =
        target
            .map(name -> dockerfile.stage(name).orElseThrow())
            .orElseGet(() -> dockerfile.target().orElseThrow());
    StageConfig config = stage.config();
    return render(
        config.launch().entrypoint(),
        config.launch().cmd(),
        config.user(),
        config.workdir(),
        config.env(),
        config.shell(),
        List.copyOf(config.exposedPorts()),
        config.healthcheck(),
        config.onBuild());
  }

  private static String build(Path file, Builder builder, Optional<String> target)
      throws IOException, InterruptedException {
    Path context = Files.createTempDirectory("ep-df-oracle");
    String image =
        IMAGE_PREFIX
            + name(file).toLowerCase(Locale.ROOT)
            + "-"
            + builder.name().toLowerCase(Locale.ROOT);
    try {
      Files.copy(file, context.resolve("Dockerfile"));
      List<String> command =
          new ArrayList<>(
              List.of(
                  "env",
                  "DOCKER_BUILDKIT=" + builder.environment,
                  DOCKER_20_10_CLIENT,
                  "build",
                  "-q",
                  "--no-cache",
                  "--force-rm",
                  "-t",
                  image));
      target.ifPresent(stage -> command.addAll(List.of("--target", stage)));
      command.add(context.toString());
      TestImages.Result result = TestImages.run(command);
      if (result.exitCode() != 0) {
        return REFUSED;
      }
      JsonNode config = inspect(image);
      List<String> ports = new ArrayList<>();
      if (config.hasNonNull("ExposedPorts")) {
        config.get("ExposedPorts").fieldNames().forEachRemaining(ports::add);
      }
      JsonNode health = config.get("Healthcheck");
      return render(
          strings(config.get("Entrypoint")),
          strings(config.get("Cmd")),
          text(config.get("User")),
          text(config.get("WorkingDir")),
          orEmpty(strings(config.get("Env"))),
          strings(config.get("Shell")),
          new ArrayList<>(new TreeSet<>(ports)),
          health == null || health.isNull() ? null : strings(health.get("Test")),
          orEmpty(strings(config.get("OnBuild"))));
    } finally {
      TestImages.run(List.of("docker", "image", "rm", "-f", image));
      Files.deleteIfExists(context.resolve("Dockerfile"));
      Files.deleteIfExists(context);
    }
  }

  /** One line per outcome; fields at their defaults are left out so that records stay short. */
  private static String render(
      List<String> entrypoint,
      List<String> cmd,
      String user,
      String workdir,
      List<String> env,
      List<String> shell,
      List<String> ports,
      List<String> healthcheck,
      List<String> onBuild) {
    StringBuilder line =
        new StringBuilder("ENTRYPOINT " + Argv.json(entrypoint) + " CMD " + Argv.json(cmd));
    if (!user.isEmpty()) {
      line.append(" USER ").append(user);
    }
    if (!workdir.isEmpty()) {
      line.append(" WORKDIR ").append(workdir);
    }
    if (!Argv.json(env).equals(PATH_ENV)) {
      line.append(" ENV ").append(Argv.json(env));
    }
    if (shell != null) {
      line.append(" SHELL ").append(Argv.json(shell));
    }
    if (!ports.isEmpty()) {
      line.append(" EXPOSE ").append(ports);
    }
    if (healthcheck != null) {
      line.append(" HEALTHCHECK ").append(Argv.json(healthcheck));
    }
    if (!onBuild.isEmpty()) {
      line.append(" ONBUILD ").append(Argv.json(onBuild));
    }
    return line.toString();
  }

  private static JsonNode inspect(String image) throws IOException, InterruptedException {
    TestImages.Result result =
        TestImages.run(List.of("docker", "image", "inspect", "--format", CONFIG_FORMAT, image));
    assertThat(result.exitCode()).as(result.output()).isZero();
    return JSON.readTree(result.output());
  }

  private static List<String> strings(JsonNode array) {
    if (array == null || array.isNull()) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    for (Iterator<JsonNode> elements = array.elements(); elements.hasNext(); ) {
      strings.add(elements.next().asText());
    }
    return strings;
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }

  private static String name(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".Dockerfile".length());
  }
}
