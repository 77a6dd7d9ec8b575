package dev.entrypoint.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.ShellWords;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainerTest {

  private static final ImageLaunch JAVA =
      ImageLaunch.of(List.of("java", "-cp", "/app", "Main"), List.of("--port", "8080"));
  private static final ExplainedSource SOURCE =
      new ExplainedSource("docker://app:1", JAVA, List.of());

  private static Explanation explain(ImageLaunch launch, String runLines, LaunchContract contract) {
    return Explainer.explain(
        new ExplainedSource("docker://app:1", launch, List.of()),
        ShellWords.commands(runLines),
        contract);
  }

  @Test
  void standardRunsAreResolvedOnBothEngines() {
    Explanation explanation = explain(JAVA, "", null);

    assertThat(explanation.standardRuns())
        .extracting(ExplainedRun::line)
        .containsExactly(
            "docker run IMAGE",
            "docker run IMAGE ARGS",
            "docker run --entrypoint X IMAGE",
            "podman run IMAGE",
            "podman run IMAGE ARGS",
            "podman run --entrypoint X IMAGE");
    assertThat(explanation.standardRuns())
        .extracting(ExplainedRun::argv)
        .containsExactly(
            List.of("java", "-cp", "/app", "Main", "--port", "8080"),
            List.of("java", "-cp", "/app", "Main", "ARGS"),
            List.of("X"),
            List.of("java", "-cp", "/app", "Main", "--port", "8080"),
            List.of("java", "-cp", "/app", "Main", "ARGS"),
            List.of("X"));
  }

  @Test
  void jsonLookingEntrypointsAreWhereTheEnginesDiffer() {
    Explanation explanation = explain(JAVA, "", null);

    assertThat(explanation.engineDifferences())
        .extracting(ExplainedRun::line, ExplainedRun::argv)
        .containsExactly(
            tuple("docker run --entrypoint '[]' IMAGE", List.of("[]")),
            tuple("podman run --entrypoint '[]' IMAGE", List.of("--port", "8080")),
            tuple("docker run --entrypoint '[\"X\",\"Y\"]' IMAGE", List.of("[\"X\",\"Y\"]")),
            tuple("podman run --entrypoint '[\"X\",\"Y\"]' IMAGE", List.of("X", "Y")));
  }

  @Test
  void userRunLinesAreResolvedWithTheirRule() {
    ExplainedRun run =
        explain(JAVA, "docker run --rm -p 5000:5000 --entrypoint /bin/sh IMG -c 'echo hi'", null)
            .userRuns()
            .get(0);

    assertThat(run.engine()).isEqualTo(EngineKind.DOCKER);
    assertThat(run.argv()).containsExactly("/bin/sh", "-c", "echo hi");
    assertThat(run.rule())
        .contains("--entrypoint replaces the ENTRYPOINT and drops the image's CMD");
  }

  @Test
  void aRefusedLineHasTheEnginesErrorAndNoArgv() {
    ExplainedRun run = explain(JAVA, "podman run --frobnicate IMG", null).userRuns().get(0);

    assertThat(run.runs()).isFalse();
    assertThat(run.argv()).isNull();
    assertThat(run.error()).isEqualTo("unknown flag: --frobnicate");
    assertThat(run.engine()).isEqualTo(EngineKind.PODMAN);
  }

  @Test
  void argumentsAfterAShellFormEntrypointAreNotedAsIgnored() {
    ImageLaunch shell = ImageLaunch.of(CommandForm.shellWrapped("java -jar app.jar"), null);

    ExplainedRun run = explain(shell, "docker run IMG --debug", null).userRuns().get(0);

    assertThat(run.argv()).containsExactly("/bin/sh", "-c", "java -jar app.jar", "--debug");
    assertThat(run.notes())
        .singleElement()
        .asString()
        .contains("become $0, $1")
        .contains("ignores them");
  }

  @Test
  void dockerDoesNotDecodeAJsonEntrypoint() {
    ExplainedRun run =
        explain(JAVA, "docker run --entrypoint '[\"sh\"]' IMG", null).userRuns().get(0);

    assertThat(run.argv()).containsExactly("[\"sh\"]");
    assertThat(run.notes()).singleElement().asString().contains("does not read JSON");
  }

  @Test
  void theContractVerdictSaysWhetherTheLaunchKeepsIt() {
    assertThat(explain(JAVA, "", LaunchContract.ARGUMENTS).contractVerdict())
        .isEqualTo("The image keeps the launch contract 'arguments'.");
    assertThat(explain(JAVA, "", LaunchContract.COMMAND).contractVerdict())
        .startsWith("The image breaks the launch contract 'command'");
    assertThat(explain(JAVA, "", null).contractVerdict()).isNull();
  }

  @Test
  void jsonHasTheSourceTheLaunchAndOneEntryPerRunLine() throws Exception {
    Explanation explanation =
        Explainer.explain(
            SOURCE,
            ShellWords.commands("docker run IMG a; podman run --entrypoint '' IMG; kubectl run x"),
            null);

    JsonNode json = new ObjectMapper().readTree(ExplanationJson.of(explanation));

    assertThat(json.path("source").asText()).isEqualTo("docker://app:1");
    assertThat(json.path("entrypoint")).hasSize(4);
    assertThat(json.path("cmd").get(1).asText()).isEqualTo("8080");
    assertThat(json.path("runs")).hasSize(3);
    JsonNode first = json.path("runs").get(0);
    assertThat(first.path("line").asText()).isEqualTo("docker run IMG a");
    assertThat(first.path("engine").asText()).isEqualTo("docker");
    assertThat(first.path("argv").toString())
        .isEqualTo("[\"java\",\"-cp\",\"/app\",\"Main\",\"a\"]");
    assertThat(first.path("error").isNull()).isTrue();
    JsonNode refused = json.path("runs").get(1);
    assertThat(refused.path("argv").isNull()).isTrue();
    assertThat(refused.path("error").asText())
        .isEqualTo("no command or entrypoint provided, and no CMD or ENTRYPOINT from image");
    assertThat(json.path("runs").get(2).path("engine").isNull()).isTrue();
  }

  @Test
  void jsonListsTheStandardRunsWhenNoLineIsGiven() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(ExplanationJson.of(Explainer.explain(SOURCE, List.of(), null)));

    assertThat(json.path("runs")).hasSize(6);
    assertThat(json.path("entrypointForm").asText()).isEqualTo("exec");
  }

  @Test
  void textShowsLaunchFormsRunsAndRules() {
    List<String> text =
        ExplanationText.lines(explain(JAVA, "docker run IMG x", LaunchContract.ARGUMENTS));

    assertThat(text)
        .contains(
            "  ENTRYPOINT [\"java\", \"-cp\", \"/app\", \"Main\"] (exec form)",
            "  docker run IMAGE ARGS",
            "    executes  java -cp /app Main ARGS   [\"java\", \"-cp\", \"/app\", \"Main\", \"ARGS\"]",
            "  Podman executes the same for these.",
            "  The image keeps the launch contract 'arguments'.",
            "  docker run IMG x");
  }
}
