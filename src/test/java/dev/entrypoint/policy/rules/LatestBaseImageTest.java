package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import dev.entrypoint.project.ContainerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatestBaseImageTest {

  private static final RuleCheck CHECK = RuleCheck.of(new LatestBaseImage());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM eclipse-temurin",
        "FROM eclipse-temurin:latest",
        "FROM ghcr.io/acme/base",
        "FROM localhost:5000/base",
        "ARG BASE=ubuntu\nFROM $BASE",
        "FROM --platform=linux/arm64 ubuntu AS build"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM eclipse-temurin:21-jre",
        "FROM localhost:5000/base:1.0",
        "FROM ubuntu@sha256:0000000000000000000000000000000000000000000000000000000000000000",
        "FROM scratch",
        "FROM ubuntu:24.04 AS base\nFROM base",
        "ARG BASE\nFROM $BASE"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void anUntaggedBaseSaysItMeansLatest() {
    assertThat(CHECK.dockerfile("FROM eclipse-temurin"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:1");
              assertThat(finding.message())
                  .isEqualTo(
                      "FROM eclipse-temurin has no tag, so it means eclipse-temurin:latest, which"
                          + " moves: two builds can get different base images, and a new major"
                          + " version can break the image without a change here. Name a version,"
                          + " and pin its digest for reproducible builds:"
                          + " eclipse-temurin:<version>@sha256:<digest>.");
            });
  }

  @Test
  void thePomBaseIsChecked() {
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "eclipse-temurin:latest")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("<from><image>eclipse-temurin:latest</image> uses the latest tag");
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "jlink"))).isEmpty();
  }
}
