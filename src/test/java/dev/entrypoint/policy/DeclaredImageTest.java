package dev.entrypoint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredImageTest {

  private static final List<String> JAVA = List.of("java", "-cp", "/app/classes", "demo.Main");
  private static final Location POM = Location.of("pom.xml");

  private static ImageInput declared(ContainerSettings.Builder settings, String base) {
    return DeclaredImage.of(POM, settings.build(), BaseImage.parse(base, Path.of(".")), JAVA);
  }

  @Test
  void theJavaCommandIsTheEntrypointOfContractArgumentsOnAnEmptyBase() {
    ImageInput image = declared(ContainerSettings.builder(), "jlink");

    assertThat(image.launch()).isEqualTo(ImageLaunch.of(JAVA, null));
    assertThat(image.launchKnown()).isTrue();
    assertThat(image.entrypointForm()).isEqualTo(CommandForm.EXEC);
    assertThat(image.entrypointSource()).startsWith("the Java command");
    assertThat(image.userKnown()).isTrue();
  }

  @Test
  void theJavaCommandIsTheCmdOfContractCommand() {
    ImageInput image =
        declared(ContainerSettings.builder().launch(LaunchContract.COMMAND), "scratch");

    assertThat(image.launch()).isEqualTo(ImageLaunch.of(null, JAVA));
    assertThat(image.contract()).hasValue(LaunchContract.COMMAND);
  }

  @Test
  void aShellFormSettingKeepsItsFormAndNamesItsElement() {
    ImageInput image = declared(ContainerSettings.builder().entrypointShell("run"), "jlink");

    assertThat(image.launch().entrypoint()).containsExactly("/bin/sh", "-c", "run");
    assertThat(image.entrypointForm()).isEqualTo(CommandForm.SHELL);
    assertThat(image.entrypointSource()).isEqualTo("<container><entrypointShell>");
  }

  @Test
  void anExecSettingThatLooksLikeAShellWrapperStaysExecForm() {
    ImageInput image =
        declared(ContainerSettings.builder().entrypoint(List.of("sh", "-c", "run")), "jlink");

    assertThat(image.entrypointForm()).isEqualTo(CommandForm.EXEC);
  }

  @Test
  void onARegistryBaseOnlyADeclaredEntrypointMakesTheLaunchKnown() {
    ImageInput cmdOnly =
        declared(
            ContainerSettings.builder().launch(LaunchContract.COMMAND).cmd(List.of("run")),
            "eclipse-temurin:21");
    ImageInput withEntrypoint =
        declared(ContainerSettings.builder().entrypoint(List.of("run")), "eclipse-temurin:21");

    assertThat(cmdOnly.launchKnown()).isFalse();
    assertThat(cmdOnly.baseImage()).hasValue("eclipse-temurin:21");
    assertThat(cmdOnly.userKnown()).isFalse();
    assertThat(withEntrypoint.launchKnown()).isTrue();
    assertThat(withEntrypoint.launch()).isEqualTo(ImageLaunch.of(List.of("run"), null));
  }

  @Test
  void settingsTheBuildWouldRefuseAreKeptAsTheReason() {
    ImageInput image =
        declared(ContainerSettings.builder().cmd(List.of("a")).cmdShell("a"), "jlink");

    assertThat(image.invalidLaunchSettings())
        .hasValueSatisfying(
            why ->
                assertThat(why)
                    .startsWith("<container><cmd> and <container><cmdShell> are both set"));
    assertThat(image.launchKnown()).isFalse();
  }
}
