package dev.entrypoint.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.policy.DeclaredImage;
import dev.entrypoint.policy.Location;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.testing.ImageTarballs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntrypointDropsBaseCmdTest {

  private static final RuleCheck CHECK = RuleCheck.of(new EntrypointDropsBaseCmd());
  private static final BaseImageLookup PYTHON =
      BaseImageLookup.of(Map.of("python:3.12", ImageLaunch.of(null, List.of("python3"))));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch AS base\nCMD [\"--port\", \"80\"]\nFROM base\nENTRYPOINT [\"/app/run\"]",
        "FROM python:3.12\nENTRYPOINT [\"/docker-entrypoint.sh\"]",
        "FROM scratch AS base\nCMD [\"x\"]\nFROM base\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile, PYTHON)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch AS base\nCMD [\"--port\", \"80\"]\nFROM base\nENTRYPOINT [\"/app/run\"]\n"
            + "CMD [\"--port\", \"80\"]",
        "FROM scratch\nCMD [\"x\"]\nENTRYPOINT [\"/app/run\"]",
        "FROM eclipse-temurin:21\nENTRYPOINT [\"java\"]",
        "FROM scratch AS base\nENTRYPOINT [\"a\"]\nFROM base\nENTRYPOINT [\"b\"]"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile, PYTHON)).isEmpty();
  }

  @Test
  void namesTheDroppedCmdAndItsStage() {
    assertThat(
            CHECK.dockerfile(
                "FROM scratch AS base\n"
                    + "CMD [\"--port\", \"80\"]\n"
                    + "FROM base\n"
                    + "ENTRYPOINT [\"/app/run\"]"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:4");
              assertThat(finding.message())
                  .isEqualTo(
                      "ENTRYPOINT drops the CMD [\"--port\", \"80\"] of stage 0 \"base\": Docker"
                          + " clears an inherited CMD when the image sets its own ENTRYPOINT, so"
                          + " the image starts with no default arguments. If it still needs them,"
                          + " set them again: CMD [\"--port\", \"80\"].");
            });
  }

  @Test
  void aPomEntrypointOverATarBaseWithACmdTriggers(@TempDir Path dir) throws Exception {
    Path tar = ImageTarballs.withLaunch(dir, null, List.of("echo", "from base"));
    var image =
        DeclaredImage.of(
            Location.of("pom.xml"),
            ContainerSettings.builder().entrypoint(List.of("/bin/echo")).build(),
            BaseImage.parse("tar://" + tar, dir),
            RuleCheck.JAVA_COMMAND);

    assertThat(CHECK.image(image))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.message())
                    .startsWith(
                        "<container><entrypoint> drops the CMD [\"echo\", \"from base\"] of base"
                            + " image tar://")
                    .endsWith(
                        "set them again: <container><cmd><arg>echo</arg><arg>from"
                            + " base</arg></cmd>."));
  }

  @Test
  void aPomEntrypointOverJlinkDropsNothing() {
    assertThat(
            CHECK.image(
                RuleCheck.declared(
                    ContainerSettings.builder().entrypoint(List.of("/app/run")), "jlink")))
        .isEmpty();
  }
}
