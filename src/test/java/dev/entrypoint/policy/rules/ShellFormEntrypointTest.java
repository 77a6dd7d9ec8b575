package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.built;
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

class ShellFormEntrypointTest {

  private static final RuleCheck CHECK = RuleCheck.of(new ShellFormEntrypoint());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT java -jar app.jar",
        "FROM scratch\nentrypoint /app/run --port 8080",
        "FROM scratch\nENTRYPOINT exec java -jar app.jar",
        "FROM scratch\nSHELL [\"/bin/bash\", \"-c\"]\nENTRYPOINT java -jar app.jar",
        "FROM scratch AS base\nENTRYPOINT /app/run\nFROM base\nCMD [\"--port\", \"80\"]",
        "FROM scratch\nENTRYPOINT \\\n  java -jar app.jar"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"/bin/sh\", \"-c\", \"exec java -jar app.jar\"]",
        "FROM scratch\nENTRYPOINT []",
        "FROM scratch\nCMD java -jar app.jar",
        "FROM scratch\nENTRYPOINT ['java', '-jar', 'app.jar']"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void saysWhereWhatWhyAndTheFix() {
    List<Finding> findings = CHECK.dockerfile("FROM scratch\n\nENTRYPOINT /app/run --port 8080\n");

    assertThat(findings)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:3");
              assertThat(finding.message())
                  .isEqualTo(
                      "ENTRYPOINT in shell form runs under /bin/sh -c, so CMD and 'docker run'"
                          + " arguments are ignored and SIGTERM never reaches /app/run. Write it as"
                          + " ENTRYPOINT [\"/app/run\", \"--port\", \"8080\"].");
            });
  }

  @Test
  void anExecLetsSignalsThroughButStillDropsArguments() {
    assertThat(CHECK.dockerfile("FROM scratch\nENTRYPOINT exec java -jar app.jar"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains(
            "its 'exec' lets SIGTERM reach java, but CMD and 'docker run' arguments are"
                + " still ignored")
        .endsWith("Write it as ENTRYPOINT [\"java\", \"-jar\", \"app.jar\"].");
  }

  @Test
  void aLineThatNeedsAShellGetsAScriptAsTheFix() {
    assertThat(CHECK.dockerfile("FROM scratch\nENTRYPOINT java $JAVA_OPTS -jar app.jar"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("exec ... \"$@\"");
  }

  @Test
  void namesTheStageShell() {
    assertThat(CHECK.dockerfile("FROM scratch\nSHELL [\"/bin/bash\", \"-c\"]\nENTRYPOINT run"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("ENTRYPOINT in shell form runs under /bin/bash -c,");
  }

  static Stream<ImageInput> imagesThatTrigger() {
    return Stream.of(
        built(launch(List.of("/bin/sh", "-c", "java -jar app.jar"), null)),
        declared(ContainerSettings.builder().entrypointShell("java -jar /app/app.jar"), "jlink"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatTrigger")
  void imageMustTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).hasSize(1);
  }

  static Stream<ImageInput> imagesThatDoNotTrigger() {
    return Stream.of(
        built(launch(List.of("java", "-jar", "app.jar"), null)),
        built(launch(null, List.of("/bin/sh", "-c", "java -jar app.jar"))),
        built(launch(List.of(""), null)),
        declared(ContainerSettings.builder(), "jlink"),
        declared(ContainerSettings.builder().entrypoint(List.of("/app/run")), "jlink"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatDoNotTrigger")
  void imageMustNotTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).isEmpty();
  }

  @Test
  void thePomFindingNamesTheElementAndTheExecFormElement() {
    assertThat(
            CHECK.image(
                declared(
                    ContainerSettings.builder().entrypointShell("/app/run --port 8080"), "jlink")))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("pom.xml");
              assertThat(finding.message())
                  .startsWith("<container><entrypointShell> is the shell-form ENTRYPOINT")
                  .endsWith(
                      "Write it as <container><entrypoint><arg>/app/run</arg><arg>--port</arg>"
                          + "<arg>8080</arg></entrypoint>.");
            });
  }
}
