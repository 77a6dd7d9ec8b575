package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidLaunchSettingsTest {

  private static final RuleCheck CHECK = RuleCheck.of(new InvalidLaunchSettings());

  static Stream<ContainerSettings.Builder> settingsThatTrigger() {
    return Stream.of(
        ContainerSettings.builder().entrypoint(List.of("/app/run")).entrypointShell("/app/run"),
        ContainerSettings.builder().cmd(List.of("a")).cmdShell("a"),
        ContainerSettings.builder().cmdShell("  "),
        ContainerSettings.builder().entrypoint(List.of()).cmd(List.of()));
  }

  @ParameterizedTest
  @MethodSource("settingsThatTrigger")
  void mustTrigger(ContainerSettings.Builder settings) {
    assertThat(CHECK.image(declared(settings, "jlink"))).hasSize(1);
  }

  static Stream<ContainerSettings.Builder> settingsThatDoNotTrigger() {
    return Stream.of(
        ContainerSettings.builder(),
        ContainerSettings.builder().entrypoint(List.of("/app/run")).cmd(List.of("--fast")),
        ContainerSettings.builder().entrypointShell("/app/run"));
  }

  @ParameterizedTest
  @MethodSource("settingsThatDoNotTrigger")
  void mustNotTrigger(ContainerSettings.Builder settings) {
    assertThat(CHECK.image(declared(settings, "jlink"))).isEmpty();
  }

  @Test
  void givesTheBuildsOwnMessage() {
    ImageInput image =
        declared(
            ContainerSettings.builder().entrypoint(List.of("/app/run")).entrypointShell("run"),
            "jlink");

    assertThat(CHECK.image(image))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("pom.xml");
              assertThat(finding.message())
                  .startsWith(
                      "<container><entrypoint> and <container><entrypointShell> are both set; keep"
                          + " one.");
            });
  }
}
