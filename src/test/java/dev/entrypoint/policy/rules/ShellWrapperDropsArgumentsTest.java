package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.built;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShellWrapperDropsArgumentsTest {

  private static final RuleCheck CHECK = RuleCheck.of(new ShellWrapperDropsArguments());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\"]\nCMD [\"java\", \"-jar\", \"app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"/bin/bash\", \"-c\"]\nCMD [\"echo\", \"hello\"]",
        "FROM scratch AS base\nENTRYPOINT [\"sh\", \"-c\"]\nFROM base\nCMD [\"run\", \"--fast\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\"]\nCMD [\"java -jar app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\"]\nCMD [\"echo \\\"$@\\\"\", \"sh\", \"a\"]",
        "FROM scratch\nENTRYPOINT [\"sh\", \"-c\", \"exec run\"]\nCMD [\"a\", \"b\"]",
        "FROM scratch\nENTRYPOINT [\"java\"]\nCMD [\"-jar\", \"app.jar\"]"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void saysWhichElementsAreLostAndJoinsThem() {
    assertThat(
            CHECK.dockerfile(
                "FROM scratch\nENTRYPOINT [\"sh\", \"-c\"]\nCMD [\"echo\", \"hello world\"]"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:3");
              assertThat(finding.message())
                  .isEqualTo(
                      "CMD [\"echo\", \"hello world\"] under an ENTRYPOINT that ends in -c: the"
                          + " shell runs only echo; the words after it, 'hello world', become $0,"
                          + " $1, ... of that line, which ignores them. Put the whole command line"
                          + " in one element: CMD [\"echo 'hello world'\"].");
            });
  }

  static Stream<ImageInput> imagesThatTrigger() {
    return Stream.of(
        built(launch(List.of("sh", "-c"), List.of("run", "--fast"))),
        declared(
            ContainerSettings.builder()
                .entrypoint(List.of("sh", "-c"))
                .cmd(List.of("run", "--fast")),
            "jlink"));
  }

  @ParameterizedTest
  @MethodSource("imagesThatTrigger")
  void imageMustTrigger(ImageInput image) {
    assertThat(CHECK.image(image)).hasSize(1);
  }

  @Test
  void aOneElementCmdIsTheWholeScript() {
    assertThat(CHECK.image(built(launch(List.of("sh", "-c"), List.of("run --fast"))))).isEmpty();
  }
}
