package dev.entrypoint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrypoint.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckGoalTest {

  @TempDir Path project;

  @Test
  void aRuleThatThrowsIsTheResultsInternalErrorAfterEveryReportIsWritten() throws Exception {
    Files.writeString(project.resolve("Dockerfile"), "FROM scratch\nENTRYPOINT [\"/app/run\"]\n");
    Policy policy = Policy.builder(new RuleCatalog(List.of(new ThrowingRule()))).build();
    Path reports = project.resolve("target/entrypoint");
    RecordingLog log = new RecordingLog();

    CheckGoal.Result result =
        CheckGoal.run(
            new CheckRequest(
                policy,
                Severity.INFO,
                project,
                project,
                Optional.empty(),
                Optional.empty(),
                image -> {
                  throw new AssertionError("no image to read");
                },
                project,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                false,
                reports),
            log);

    assertThat(result.fails()).isFalse();
    assertThat(result.internalErrors())
        .extracting(RuleCrash::ruleId, RuleCrash::path)
        .containsExactly(tuple("throwing-rule", "Dockerfile"));
    assertThat(result.internalFailure())
        .contains("<rules><throwing-rule>off</throwing-rule></rules>")
        .contains("target/entrypoint/check.json");
    assertThat(log.lines()).anyMatch(line -> line.startsWith("WARN Dockerfile: Internal error"));
    JsonNode json = new ObjectMapper().readTree(reports.resolve("check.json").toFile());
    assertThat(json.path("inputs").path(0).path("internalErrors").path(0).path("rule").asText())
        .isEqualTo("throwing-rule");
    assertThat(reports.resolve("check.sarif")).isRegularFile();
    assertThat(reports.resolve("check.xml")).isRegularFile();
  }
}
