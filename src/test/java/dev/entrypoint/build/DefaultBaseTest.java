package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.tools.jib.api.buildplan.Platform;
import dev.entrypoint.project.BaseImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default base for a build host, injected, and the platforms the image is for. */
class DefaultBaseTest {

  @ParameterizedTest(name = "{0} on {1} for [{2}]: {3}")
  @CsvSource({
    "Linux,    amd64, '',                      jlink",
    "Linux,    amd64, linux/amd64,             jlink",
    "Linux,    arm64, linux/arm64,             jlink",
    "Linux,    amd64, linux/arm64,             eclipse-temurin:21-jre",
    "Linux,    amd64, linux/amd64|linux/arm64, eclipse-temurin:21-jre",
    "Mac OS X, arm64, '',                      eclipse-temurin:21-jre",
    "Mac OS X, arm64, linux/arm64,             eclipse-temurin:21-jre",
    "Windows 11, amd64, '',                    eclipse-temurin:21-jre"
  })
  void jlinkOnlyWhereItServesEveryPlatformElseARegistryJre(
      String hostOs, String hostArch, String platforms, String expected) {
    DefaultBase chosen =
        DefaultBase.choose(
            hostOs,
            new Platform(hostArch, "linux"),
            TargetPlatforms.parse(
                platforms.isEmpty() ? List.of() : List.of(platforms.split("\\|"))),
            21,
            Path.of("."));

    assertThat(chosen.base().toString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "Mac OS X, linux/arm64, 'because this build host runs Mac OS X'",
    "Linux,    linux/arm64, 'because the image is for linux/arm64 and a jlink base holds this host''s"
        + " runtime, for linux/amd64 only'",
    "Linux,    linux/amd64, 'the default base is jlink'"
  })
  void theReasonSaysWhy(String hostOs, String platform, String reason) {
    DefaultBase chosen =
        DefaultBase.choose(
            hostOs,
            new Platform("amd64", "linux"),
            TargetPlatforms.parse(List.of(platform)),
            17,
            Path.of("."));

    assertThat(chosen.reason()).contains(reason).contains("<from><image>");
  }

  @ParameterizedTest
  @CsvSource({"17, eclipse-temurin:17-jre", "25, eclipse-temurin:25-jre"})
  void theRegistryJreIsForTheProjectsRelease(int release, String expected) {
    DefaultBase chosen =
        DefaultBase.choose(
            "Mac OS X",
            new Platform("arm64", "linux"),
            TargetPlatforms.unset(),
            release,
            Path.of("."));

    assertThat(chosen.base().kind()).isEqualTo(BaseImage.Kind.REGISTRY);
    assertThat(chosen.base().reference()).isEqualTo(expected);
  }
}
