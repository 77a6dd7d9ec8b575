package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.project.ContainerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseImageNotPinnedTest {

  private static final RuleCheck CHECK = RuleCheck.of(new BaseImageNotPinned());
  private static final String DIGEST =
      "@sha256:0000000000000000000000000000000000000000000000000000000000000000";

  @ParameterizedTest
  @ValueSource(strings = {"FROM eclipse-temurin:21-jre", "FROM ghcr.io/acme/base:1.2 AS base"})
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM eclipse-temurin:21-jre" + DIGEST,
        "FROM eclipse-temurin" + DIGEST,
        "FROM eclipse-temurin",
        "FROM eclipse-temurin:latest",
        "FROM scratch"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void isInformationThatSaysHowToFindTheDigest() {
    assertThat(CHECK.dockerfile("FROM eclipse-temurin:21-jre"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity().id()).isEqualTo("info");
              assertThat(finding.message())
                  .contains(
                      "eclipse-temurin:21-jre@sha256:<digest> ('docker buildx imagetools inspect"
                          + " eclipse-temurin:21-jre' shows the digest)");
            });
  }

  @Test
  void thePomBaseIsChecked() {
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "eclipse-temurin:21-jre")))
        .hasSize(1);
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "tar://base.tar"))).isEmpty();
  }
}
