package dev.entrypoint.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrypoint.engine.ContainerLogs;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class VerifyReportsTest {

  private static final Scenario ECHO =
      Scenario.declared(
          "echo",
          Invocation.run("echo", "Rocks!!"),
          Map.of(),
          List.of(),
          Expectation.none().exitCode(0));
  private static final Scenario STOP =
      Scenario.declared(
          "stop",
          Invocation.run(),
          Map.of(),
          List.of(),
          Expectation.none().stopsWithin(Duration.ofSeconds(3)));

  private static VerifyReport report() {
    ImageLaunch launch = ImageLaunch.of(List.of("/bin/sh", "-c", "java Main; echo done"), null);
    return new VerifyReport(
        "tar:///p/image.tar",
        List.of(
            new VerifyReport.EngineRun(EngineKind.DOCKER, "20.10", "app:1", launch),
            new VerifyReport.EngineRun(EngineKind.PODMAN, "4.3.1", "localhost/app:1", launch)),
        List.of(
            new ScenarioResult(
                ECHO,
                EngineKind.DOCKER,
                "docker run --rm app:1 echo 'Rocks!!'",
                ScenarioResult.Status.PASSED,
                List.of(),
                null,
                List.of("echo", "Rocks!!"),
                new ContainerLogs("Rocks!!", ""),
                Duration.ofMillis(400)),
            new ScenarioResult(
                STOP,
                EngineKind.DOCKER,
                "docker run --rm app:1",
                ScenarioResult.Status.FAILED,
                List.of(new Mismatch("exits within 3.0 s of SIGTERM", "killed (exit code 137)")),
                null,
                List.of("/bin/sh", "-c", "java Main; echo done"),
                new ContainerLogs("started \u001b[1mbold\u001b[0m <&>", "warning"),
                Duration.ofMillis(3200)),
            new ScenarioResult(
                ECHO,
                EngineKind.PODMAN,
                "podman run --rm localhost/app:1 echo 'Rocks!!'",
                ScenarioResult.Status.ERROR,
                List.of(),
                "podman start failed",
                null,
                null,
                Duration.ofMillis(900))),
        Duration.ofSeconds(12));
  }

  @Test
  void theTableHasOneAlignedRowPerResult() {
    assertThat(VerifyConsoleReport.table(report()))
        .containsExactly(
            "SCENARIO  RESULT  TIME   RUN",
            "echo      PASS    0.4 s  docker run --rm app:1 echo 'Rocks!!'",
            "stop      FAIL    3.2 s  docker run --rm app:1",
            "echo      ERROR   0.9 s  podman run --rm localhost/app:1 echo 'Rocks!!'");
  }

  @Test
  void failuresShowExpectedObservedAndTheLastOutput() {
    assertThat(VerifyConsoleReport.failures(report()))
        .containsSubsequence(
            "FAIL stop on docker",
            "  run:      docker run --rm app:1",
            "  argv:     [\"/bin/sh\", \"-c\", \"java Main; echo done\"]",
            "  expected: exits within 3.0 s of SIGTERM",
            "  observed: killed (exit code 137)",
            "  stdout (last 20 lines):",
            "ERROR echo on podman",
            "  error:    podman start failed");
    assertThat(VerifyConsoleReport.summary(report()))
        .isEqualTo("1 of 3 scenarios passed on docker and podman in 12.0 s");
  }

  @Test
  void junitXmlHasOneSuitePerEngineAndOneCasePerScenario() throws Exception {
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    VerifyReportFiles.junitXml(report()).getBytes(StandardCharsets.UTF_8)));

    Element root = xml.getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("3");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
    Element failed = (Element) xml.getElementsByTagName("testcase").item(1);
    assertThat(failed.getAttribute("classname")).isEqualTo("entrypoint.verify.docker");
    assertThat(failed.getAttribute("name")).isEqualTo("stop");
    assertThat(failed.getAttribute("time")).isEqualTo("3.200");
    assertThat(failed.getElementsByTagName("failure").item(0).getTextContent())
        .isEqualTo("expected: exits within 3.0 s of SIGTERM\nobserved: killed (exit code 137)");
    assertThat(failed.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("started \uFFFD[1mbold\uFFFD[0m <&>");
    assertThat(xml.getElementsByTagName("error").item(0).getTextContent())
        .isEqualTo("podman start failed");
  }

  @Test
  void jsonHasTheEnginesAndEveryResult(@TempDir Path dir) throws Exception {
    VerifyReportFiles.write(report(), dir);

    JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("verify.json")));
    assertThat(json.path("passed").asBoolean()).isFalse();
    assertThat(json.path("engines").get(1).path("image").asText()).isEqualTo("localhost/app:1");
    assertThat(json.path("engines").get(0).path("entrypoint")).hasSize(3);
    assertThat(json.path("results")).hasSize(3);
    JsonNode stop = json.path("results").get(1);
    assertThat(stop.path("status").asText()).isEqualTo("failed");
    assertThat(stop.path("mismatches").get(0).path("observed").asText())
        .isEqualTo("killed (exit code 137)");
    assertThat(json.path("results").get(2).path("error").asText()).isEqualTo("podman start failed");
    assertThat(dir.resolve("verify.xml")).isRegularFile();
  }
}
