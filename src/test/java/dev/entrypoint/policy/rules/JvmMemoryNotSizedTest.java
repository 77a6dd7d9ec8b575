package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.builtImage;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import dev.entrypoint.policy.Severity;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JvmMemoryNotSizedTest {

  private static final RuleCheck CHECK = RuleCheck.of(new JvmMemoryNotSized());

  @Test
  void isInformation() {
    assertThat(new JvmMemoryNotSized().defaultSeverity()).isEqualTo(Severity.INFO);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]",
        "FROM scratch\nCMD [\"/opt/java/bin/java\", \"-cp\", \"/app/*\", \"demo.Main\"]",
        "FROM scratch\nENTRYPOINT [\"/sbin/tini\", \"--\", \"java\", \"-jar\", \"app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\", \"-Xmx1g\"]",
        "FROM scratch\nENTRYPOINT [\"java\", \"-Xms512m\", \"-XX:InitialRAMPercentage=50\","
            + " \"demo.Main\"]",
        "FROM scratch\nENV JAVA_OPTS=-Xmx1g\nENTRYPOINT [\"java\", \"demo.Main\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"app.jar\"]",
        "FROM scratch\nENTRYPOINT [\"java\", \"-Xmx512m\", \"-cp\", \"/app/*\", \"demo.Main\"]",
        "FROM scratch\nENTRYPOINT [\"java\", \"-cp\", \"/app\", \"-XX:MaxRAM=2g\", \"demo.Main\"]",
        "FROM scratch\nENTRYPOINT [\"java\", \"-XX:MaxHeapSize=1g\", \"demo.Main\"]",
        "FROM scratch\nENV JAVA_TOOL_OPTIONS=\"-XX:+UseG1GC -XX:MaxRAMPercentage=80\"\n"
            + "ENTRYPOINT [\"java\", \"demo.Main\"]",
        "FROM scratch\nENV JDK_JAVA_OPTIONS=-Xmx1g\nENTRYPOINT [\"java\", \"demo.Main\"]",
        "FROM scratch\nENTRYPOINT [\"/app/run\"]",
        "FROM scratch\nENTRYPOINT [\"/app/javac-wrapper\", \"java\"]",
        "FROM alpine:3.20\nCOPY app.jar /app.jar"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void aBuiltImageNamesTheFixInThePom() {
    assertThat(CHECK.image(builtImage(launch(RuleCheck.JAVA_COMMAND, null)).build()))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("The image starts java with no heap size for a container")
        .contains("<jvmFlag>-XX:MaxRAMPercentage=75</jvmFlag>");
  }

  @Test
  void aBuiltImageWhoseEnvironmentSizesTheHeapPasses() {
    assertThat(
            CHECK.image(
                builtImage(launch(RuleCheck.JAVA_COMMAND, null))
                    .env(Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75"))
                    .build()))
        .isEmpty();
  }

  @Test
  void thePomIsNotCheckedBecauseTheBaseImagesEnvironmentIsNotKnownYet() {
    assertThat(CHECK.image(declared(ContainerSettings.builder(), "jlink"))).isEmpty();
  }

  @Test
  void readsOnlyTheJvmsOptionsNotTheProgramsArguments() {
    assertThat(
            JvmMemoryNotSized.jvmOptions(
                List.of("java", "-Xss1m", "-cp", "-Xmx1g", "demo.Main", "-Xmx2g")))
        .containsExactly("-Xss1m", "-cp", "-Xmx1g");
  }
}
