package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseRegistryNotAllowedTest {

  private static final RuleCheck CHECK =
      RuleCheck.of(new BaseRegistryNotAllowed(List.of("ghcr.io", "docker.io", "*.corp.example")));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM quay.io/keycloak/keycloak:25.0",
        "FROM localhost:5000/base:1",
        "FROM corp.example/base:1",
        "FROM ghcr.io.evil.example/base:1"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM eclipse-temurin:21",
        "FROM docker.io/library/ubuntu:24.04",
        "FROM index.docker.io/library/ubuntu:24.04",
        "FROM ghcr.io/acme/base:1",
        "FROM registry.corp.example/base:1",
        "FROM scratch"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void namesTheRegistryAndTheAllowedOnes() {
    assertThat(CHECK.dockerfile("FROM quay.io/keycloak/keycloak:25.0"))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.message())
                    .startsWith(
                        "FROM quay.io/keycloak/keycloak:25.0 comes from registry quay.io, which is"
                            + " not in <allowedRegistries> (ghcr.io, docker.io, *.corp.example)"));
  }

  @Test
  void withNoAllowedRegistriesNothingIsEnforced() {
    RuleCheck unset = RuleCheck.of(new BaseRegistryNotAllowed(List.of()));

    assertThat(unset.dockerfile("FROM quay.io/keycloak/keycloak:25.0")).isEmpty();
  }

  @Test
  void thePomBaseIsChecked() {
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "quay.io/acme/base:1")))
        .hasSize(1);
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "jlink"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"docker://my-base:1", "docker://quay.io/acme/base:1", "tar://base.tar"})
  void aPomBaseFromNoRegistryIsNotChecked(String base) {
    assertThat(CHECK.image(declared(ContainerSettings.builder(), base))).isEmpty();
  }
}
