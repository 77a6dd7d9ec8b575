package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.builtImage;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunsAsRootTest {

  private static final RuleCheck CHECK = RuleCheck.of(new RunsAsRoot());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nCMD [\"run\"]",
        "FROM alpine:3.20\nUSER root",
        "FROM alpine:3.20\nUSER app\nRUN x\nUSER 0:0",
        "FROM alpine:3.20\nUSER root:wheel",
        "FROM alpine:3.20 AS base\nUSER root\nFROM base\nCMD [\"run\"]",
        "FROM alpine:3.20\nUSER app\nFROM alpine:3.20\nCMD [\"run\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM alpine:3.20\nUSER app",
        "FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER 10001:10001",
        "FROM alpine:3.20 AS base\nUSER app\nFROM base\nCMD [\"run\"]",
        "FROM alpine:3.20\nUSER rootless"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void pointsAtTheLastUserAndGivesAnUnprivilegedOne() {
    assertThat(CHECK.dockerfile("FROM alpine:3.20\nUSER app\nRUN x\nUSER root\nCMD [\"run\"]"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:4");
              assertThat(finding.message())
                  .isEqualTo(
                      "The image runs as root (USER root): a process that breaks out of the"
                          + " container, or writes to a mounted volume, does so as root. Run it as"
                          + " an unprivileged user once its files are in place: USER 10001.");
            });
  }

  @Test
  void withNoUserTheBaseImageMaySetOne() {
    assertThat(CHECK.dockerfile("FROM alpine:3.20\nCMD [\"run\"]"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith(
            "No USER is set in stage 0, the image 'docker build' makes, so it runs as"
                + " root (unless its base image alpine:3.20 sets a user)");
  }

  static Stream<ImageInput> imagesThatTrigger() {
    return Stream.of(
        builtImage(launch(null, List.of("run"))).build(),
        builtImage(launch(null, List.of("run"))).user("0", true).build(),
        declared(ContainerSettings.builder(), "jlink"),
        declared(ContainerSettings.builder().user("root"), "eclipse-temurin:21"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatTrigger")
  void imageMustTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).hasSize(1);
  }

  static Stream<ImageInput> imagesThatDoNotTrigger() {
    return Stream.of(
        builtImage(launch(null, List.of("run"))).user("app", true).build(),
        declared(ContainerSettings.builder().user("1000:1000"), "jlink"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatDoNotTrigger")
  void imageMustNotTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).isEmpty();
  }

  @Test
  void thePomFindingNamesTheElement() {
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "jlink")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("<container><user> is not set, so the image runs as root:")
        .endsWith("<container><user>10001</user>.");
  }
}
