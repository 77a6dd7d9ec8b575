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
        .isEqualTo("{\"error\":1,\"warning\":0,\"info\":1,\"suppressed\":1,\"internalErrors\":0}");
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

  @Test
  void aRuleThatThrewIsAnInternalErrorOfItsInputNotAFindingNorAFailure() {
    JsonNode crashed = JsonReport.json(ReportFixture.crashed(), "1.2.3");
    JsonNode input = crashed.path("inputs").path(0);

    assertThat(input.path("internalErrors"))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.path("rule").asText()).isEqualTo("runs-as-root");
              assertThat(error.path("exception").asText())
                  .isEqualTo(ReportFixture.CRASH.exception());
            });
    assertThat(input.path("findings"))
        .extracting(finding -> finding.path("rule").asText())
        .containsExactly("base-image-not-pinned");
    assertThat(crashed.path("counts").path("internalErrors").asInt()).isEqualTo(1);
    assertThat(crashed.path("failed").asBoolean()).isFalse();
    assertThat(json.path("inputs").path(0).path("internalErrors")).isEmpty();
  }
}
