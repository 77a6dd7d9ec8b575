package dev.entrypoint.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchSpecTest {

  private static final List<String> JAVA = List.of("java", "-cp", "/app/classes", "demo.Main");

  @Test
  void argumentsContractMakesTheJavaCommandTheEntrypoint() {
    LaunchSpec spec = LaunchSpec.declared(LaunchContract.ARGUMENTS, null, null, null, null, JAVA);

    assertThat(spec.applyTo(ImageLaunch.none())).isEqualTo(ImageLaunch.of(JAVA, null));
  }

  @Test
  void commandContractMakesTheJavaCommandTheCmd() {
    LaunchSpec spec = LaunchSpec.declared(LaunchContract.COMMAND, null, null, null, null, JAVA);

    assertThat(spec.applyTo(ImageLaunch.none())).isEqualTo(ImageLaunch.of(null, JAVA));
  }

  @Test
  void declaredEntrypointWinsOverTheJavaCommand() {
    LaunchSpec spec =
        LaunchSpec.declared(
            LaunchContract.ARGUMENTS,
            List.of("/app/run"),
            null,
            List.of("--port", "1"),
            null,
            JAVA);

    assertThat(spec.applyTo(ImageLaunch.none()))
        .isEqualTo(ImageLaunch.of(List.of("/app/run"), List.of("--port", "1")));
  }

  @Test
  void shellFormIsWrappedInBinShDashCWithoutSplitting() {
    LaunchSpec spec =
        LaunchSpec.declared(
            LaunchContract.COMMAND, null, null, null, "java -jar 'my app.jar' $OPTS", JAVA);

    assertThat(spec.cmd()).containsExactly("/bin/sh", "-c", "java -jar 'my app.jar' $OPTS");
  }

  @Test
  void settingEntrypointDropsTheBaseCmdAsDockerDoes() {
    ImageLaunch base = ImageLaunch.of(null, List.of("jshell"));
    LaunchSpec spec = LaunchSpec.declared(LaunchContract.ARGUMENTS, null, null, null, null, JAVA);

    assertThat(spec.applyTo(base)).isEqualTo(ImageLaunch.of(JAVA, null));
    assertThat(spec.dropsBaseCmd(base)).isTrue();
  }

  @Test
  void settingOnlyCmdKeepsTheBaseEntrypoint() {
    ImageLaunch base = ImageLaunch.of(List.of("tini", "--"), List.of("old"));
    LaunchSpec spec = LaunchSpec.declared(LaunchContract.COMMAND, null, null, null, null, JAVA);

    assertThat(spec.applyTo(base)).isEqualTo(ImageLaunch.of(List.of("tini", "--"), JAVA));
    assertThat(spec.dropsBaseCmd(base)).isFalse();
  }

  @Test
  void nothingDeclaredAndNoJavaCommandInheritsTheBase() {
    ImageLaunch base = ImageLaunch.of(List.of("/entry"), List.of("x"));
    LaunchSpec spec = LaunchSpec.declared(LaunchContract.ARGUMENTS, null, null, null, null, null);

    assertThat(spec.applyTo(base)).isEqualTo(base);
  }

  @Test
  void entrypointAndEntrypointShellTogetherNameBothElements() {
    assertThatThrownBy(
            () ->
                LaunchSpec.declared(
                    LaunchContract.ARGUMENTS, List.of("/app/run"), "/app/run", null, null, JAVA))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<container><entrypoint>")
        .hasMessageContaining("<container><entrypointShell>");
  }

  @Test
  void cmdAndCmdShellTogetherNameBothElements() {
    assertThatThrownBy(
            () -> LaunchSpec.declared(LaunchContract.COMMAND, null, null, List.of("a"), "a", JAVA))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<container><cmd>")
        .hasMessageContaining("<container><cmdShell>");
  }

  @Test
  void emptyEntrypointWithEmptyCmdIsRejected() {
    assertThatThrownBy(
            () ->
                LaunchSpec.declared(
                    LaunchContract.ARGUMENTS, List.of(), null, List.of(), null, JAVA))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("nothing to")
        .hasMessageContaining("<container><entrypoint>");
  }

  @Test
  void blankShellLineIsRejected() {
    assertThatThrownBy(
            () -> LaunchSpec.declared(LaunchContract.ARGUMENTS, null, "  ", null, null, JAVA))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<container><entrypointShell> is empty");
  }
}
