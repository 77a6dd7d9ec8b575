package dev.entrypoint.policy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private final JsonNode json = JsonReport.json(ReportFixture.report(), "1.2.3");

  @Test
  void keepsNullEmptyAndEmptyStringLaunchesApart() {
    JsonNode dockerfile = json.path("inputs").path(0);
    JsonNode image = json.path("inputs").path(1);

    assertThat(dockerfile.path("entrypoint").toString()).isEqualTo("[\"/bin/sh\",\"-c\",\"run\"]");
    assertThat(dockerfile.path("cmd").toString()).isEqualTo("[]");
    assertThat(image.path("entrypoint").toString()).isEqualTo("[\"\"]");
    assertThat(image.has("cmd")).isTrue();
    assertThat(image.path("cmd").isNull()).isTrue();
  }

  @Test
  void countsAndTheOutcomeComeFirst() {
    assertThat(json.path("failOn").asText()).isEqualTo("error");
    assertThat(json.path("failed").asBoolean()).isTrue();
    assertThat(json.path("counts").toString())
        .isEqualTo("{\"error\":1,\"warning\":0,\"info\":1,\"suppressed\":1}");
  }

  @Test
  void notesAboutTheWholeCheckAreListed() {
    assertThat(json.path("notes")).extracting(JsonNode::asText).containsExactly(ReportFixture.NOTE);
  }

  @Test
  void eachFindingHasItsRuleSeverityPlaceAndSuppression() {
    JsonNode findings = json.path("inputs").path(0).path("findings");

    assertThat(findings).hasSize(3);
    JsonNode suppressed = findings.path(0);
    assertThat(suppressed.path("rule").asText()).isEqualTo("runs-as-root");
    assertThat(suppressed.path("line").asInt()).isEqualTo(1);
    assertThat(suppressed.has("column")).isFalse();
    assertThat(suppressed.path("suppressed").path("by").asText()).isEqualTo("inline");
    assertThat(findings.path(2).path("column").asInt()).isEqualTo(1);
  }
}
