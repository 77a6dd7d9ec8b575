package dev.entrypoint.policy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrypoint.policy.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private final JsonNode sarif =
      SarifReport.json(
          ReportFixture.report(), ReportFixture.POLICY, "1.2.3", Path.of("/work/repo"));

  @Test
  void imagesInAnEngineOrARegistryAreNamedNotTakenForFiles() {
    assertThat(SarifReport.isFile("Dockerfile")).isTrue();
    assertThat(SarifReport.isFile("services/api/Dockerfile.prod")).isTrue();
    assertThat(SarifReport.isFile("/work/target/entrypoint/image.tar")).isTrue();
    assertThat(SarifReport.isFile("docker://it-every-target:1.0")).isFalse();
    assertThat(SarifReport.isFile("localhost:5555/team/app@sha256:" + "a".repeat(64))).isFalse();
    assertThat(SarifReport.isFile("eclipse-temurin:21-jre")).isFalse();
  }

  @Test
  void isSarif210WithTheToolAndEveryRule() {
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    JsonNode driver = sarif.path("runs").path(0).path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("entrypoint-maven-plugin");
    assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
    assertThat(driver.path("rules")).hasSize(ReportFixture.POLICY.catalog().rules().size());
    JsonNode first = driver.path("rules").path(0);
    assertThat(first.path("id").asText()).isEqualTo("dockerfile-does-not-build");
    assertThat(first.path("name").asText()).isEqualTo("DockerfileDoesNotBuild");
    assertThat(first.path("helpUri").asText()).endsWith("/docs/rules/dockerfile-does-not-build.md");
    assertThat(first.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
  }

  @Test
  void notesAboutTheWholeCheckAreWarningsOfTheInvocation() {
    JsonNode invocation = sarif.path("runs").path(0).path("invocations").path(0);

    assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
    assertThat(invocation.path("toolExecutionNotifications"))
        .singleElement()
        .satisfies(
            notification -> {
              assertThat(notification.path("level").asText()).isEqualTo("warning");
              assertThat(notification.path("message").path("text").asText())
                  .isEqualTo(ReportFixture.NOTE);
            });
  }

  @Test
  void aRuleOffByDefaultIsDisabled() {
    JsonNode rules = sarif.path("runs").path(0).path("tool").path("driver").path("rules");
    JsonNode init = null;
    for (JsonNode rule : rules) {
      if (rule.path("id").asText().equals("missing-init")) {
        init = rule;
      }
    }
    assertThat(init).isNotNull();
    assertThat(init.path("defaultConfiguration").path("enabled").asBoolean()).isFalse();
  }

  @Test
  void eachFindingIsAResultWithItsLevelRuleIndexAndRegion() {
    JsonNode results = sarif.path("runs").path(0).path("results");
    assertThat(results).hasSize(3);
    JsonNode shellForm = results.path(2);
    assertThat(shellForm.path("ruleId").asText()).isEqualTo("shell-form-entrypoint");
    assertThat(shellForm.path("ruleIndex").asInt()).isEqualTo(1);
    assertThat(shellForm.path("level").asText()).isEqualTo("error");
    JsonNode location = shellForm.path("locations").path(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("app/Dockerfile");
    assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("SRCROOT");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(9);
    assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(1);
    assertThat(results.path(1).path("level").asText()).isEqualTo("note");
  }

  @Test
  void aSuppressedFindingCarriesItsSuppression() {
    JsonNode suppression =
        sarif.path("runs").path(0).path("results").path(0).path("suppressions").path(0);
    assertThat(suppression.path("kind").asText()).isEqualTo("inSource");
    assertThat(suppression.path("justification").asText()).isEqualTo("a legacy image");
  }

  @Test
  void pathsAreRelativeToTheRootTheRunNames() {
    assertThat(
            sarif
                .path("runs")
                .path(0)
                .path("originalUriBaseIds")
                .path("SRCROOT")
                .path("uri")
                .asText())
        .isEqualTo("file:///work/repo/");
  }

  @Test
  void aRuleThatThrewIsAnErrorNotificationOfThatRuleNotAResult() {
    JsonNode run =
        SarifReport.json(
                ReportFixture.crashed(), ReportFixture.POLICY, "1.2.3", Path.of("/work/repo"))
            .path("runs")
            .path(0);
    JsonNode invocation = run.path("invocations").path(0);
    int ruleIndex =
        ReportFixture.POLICY.catalog().rules().stream()
            .map(Rule::id)
            .toList()
            .indexOf("runs-as-root");

    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.path("toolExecutionNotifications"))
        .singleElement()
        .satisfies(
            notification -> {
              assertThat(fieldNames(notification))
                  .isSubsetOf(NOTIFICATION_PROPERTIES)
                  .contains("level", "message", "associatedRule", "locations");
              assertThat(notification.path("level").asText()).isEqualTo("error");
              assertThat(notification.path("message").path("text").asText())
                  .startsWith("Internal error: rule runs-as-root threw")
                  .endsWith("<rules><runs-as-root>off</runs-as-root></rules>.");
              JsonNode rule = notification.path("associatedRule");
              assertThat(fieldNames(rule)).isSubsetOf("id", "index", "guid", "toolComponent");
              assertThat(rule.path("id").asText()).isEqualTo("runs-as-root");
              assertThat(rule.path("index").asInt()).isEqualTo(ruleIndex);
              assertThat(
                      notification
                          .path("locations")
                          .path(0)
                          .path("physicalLocation")
                          .path("artifactLocation")
                          .path("uri")
                          .asText())
                  .isEqualTo("app/Dockerfile");
            });
    assertThat(run.path("results"))
        .extracting(result -> result.path("ruleId").asText())
        .containsExactly("base-image-not-pinned");
  }

  /**
   * The properties SARIF 2.1.0 gives a notification object (§3.58), which the schema allows no
   * others beside.
   */
  private static final List<String> NOTIFICATION_PROPERTIES =
      List.of(
          "locations",
          "message",
          "level",
          "threadId",
          "timeUtc",
          "exception",
          "descriptor",
          "associatedRule",
          "properties");

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
