package dev.entrypoint.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchDeclarationTest {

  private static final List<String> JAVA = List.of("java", "-cp", "/app/classes", "demo.Main");
  private static final List<String> INHERIT = List.of("INHERIT");

  private static LaunchSpec declared(
      LaunchContract contract,
      List<String> entrypoint,
      String entrypointShell,
      List<String> cmd,
      String cmdShell,
      List<String> javaCommand) {
    return new LaunchDeclaration(contract, entrypoint, entrypointShell, cmd, cmdShell, null)
        .spec(javaCommand);
  }

  private static LaunchDeclaration withArgs(
      LaunchContract contract, List<String> entrypoint, List<String> cmd, List<String> args) {
    return new LaunchDeclaration(contract, entrypoint, null, cmd, null, args);
  }

  @Test
  void cmdAloneUnderArgumentsGivesTheJavaEntrypointItsDefaultArguments() {
    LaunchDeclaration declaration =
        withArgs(LaunchContract.ARGUMENTS, null, List.of("--port", "80"), null);

    assertThat(declaration.usesJavaCommand()).isTrue();
    assertThat(declaration.spec(JAVA).applyTo(ImageLaunch.none()))
        .isEqualTo(ImageLaunch.of(JAVA, List.of("--port", "80")));
    assertThat(declaration.notes()).singleElement().asString().contains("default arguments");
  }

  @Test
  void argsAreTheCmdAfterTheJavaEntrypointUnderArguments() {
    LaunchSpec spec = withArgs(LaunchContract.ARGUMENTS, null, null, List.of("serve")).spec(JAVA);

    assertThat(spec.applyTo(ImageLaunch.none())).isEqualTo(ImageLaunch.of(JAVA, List.of("serve")));
  }

  @Test
  void argsFollowTheJavaCommandInTheCmdUnderCommand() {
    LaunchSpec spec = withArgs(LaunchContract.COMMAND, null, null, List.of("serve")).spec(JAVA);

    assertThat(spec.applyTo(ImageLaunch.none()))
        .isEqualTo(
            ImageLaunch.of(null, List.of("java", "-cp", "/app/classes", "demo.Main", "serve")));
  }

  @Test
  void argsAfterADeclaredEntrypointAreItsCmd() {
    LaunchSpec spec =
        withArgs(LaunchContract.ARGUMENTS, List.of("/app/run"), null, List.of("-v")).spec(JAVA);

    assertThat(spec.applyTo(ImageLaunch.none()))
        .isEqualTo(ImageLaunch.of(List.of("/app/run"), List.of("-v")));
  }

  @Test
  void argsWithCmdIsAProblemNamingBoth() {
    assertThat(withArgs(LaunchContract.ARGUMENTS, null, List.of("a"), List.of("b")).problems())
        .singleElement()
        .asString()
        .contains("<container><args>", "<container><cmd>");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    LaunchDeclaration declaration =
        new LaunchDeclaration(
            LaunchContract.ARGUMENTS, List.of("/x"), "/x", List.of("a"), "a", List.of("b"));

    assertThat(declaration.problems()).hasSize(3);
    assertThatThrownBy(() -> declaration.spec(JAVA))
        .hasMessageContaining("<entrypointShell>")
        .hasMessageContaining("<cmdShell>")
        .hasMessageContaining("<args>");
  }

  @Test
  void anExplicitLaunchNeedsNoJavaCommand() {
    assertThat(
            withArgs(LaunchContract.ARGUMENTS, List.of("/app/run"), null, null).usesJavaCommand())
        .isFalse();
    assertThat(
            new LaunchDeclaration(LaunchContract.ARGUMENTS, null, "exec /app/run", null, null, null)
                .usesJavaCommand())
        .isFalse();
    assertThat(withArgs(LaunchContract.COMMAND, null, List.of("/app/run"), null).usesJavaCommand())
        .isFalse();
    assertThat(withArgs(LaunchContract.ARGUMENTS, INHERIT, null, null).usesJavaCommand()).isFalse();
  }

  @Test
  void inheritedEntrypointKeepsTheBaseLaunch() {
    ImageLaunch base = ImageLaunch.of(List.of("/docker-entrypoint.sh"), List.of("nginx"));

    assertThat(withArgs(LaunchContract.ARGUMENTS, INHERIT, null, null).spec(JAVA).applyTo(base))
        .isEqualTo(base);
  }

  @Test
  void inheritedCmdSurvivesANewEntrypoint() {
    ImageLaunch base = ImageLaunch.of(null, List.of("--serve"));
    LaunchSpec spec = withArgs(LaunchContract.ARGUMENTS, null, INHERIT, null).spec(JAVA);

    assertThat(spec.applyTo(base)).isEqualTo(ImageLaunch.of(JAVA, List.of("--serve")));
    assertThat(spec.dropsBaseCmd(base)).isFalse();
  }

  @Test
  void inheritIsNotAnArgsValue() {
    assertThat(withArgs(LaunchContract.ARGUMENTS, null, null, INHERIT).problems())
        .singleElement()
        .asString()
        .contains("<cmd><arg>INHERIT</arg></cmd>");
  }

  @Test
  void argumentsContractMakesTheJavaCommandTheEntrypoint() {
    LaunchSpec spec = declared(LaunchContract.ARGUMENTS, null, null, null, null, JAVA);

    assertThat(spec.applyTo(ImageLaunch.none())).isEqualTo(ImageLaunch.of(JAVA, null));
  }

  @Test
  void commandContractMakesTheJavaCommandTheCmd() {
    LaunchSpec spec = declared(LaunchContract.COMMAND, null, null, null, null, JAVA);

    assertThat(spec.applyTo(ImageLaunch.none())).isEqualTo(ImageLaunch.of(null, JAVA));
  }

  @Test
  void declaredEntrypointWinsOverTheJavaCommand() {
    LaunchSpec spec =
        declared(
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
        declared(LaunchContract.COMMAND, null, null, null, "java -jar 'my app.jar' $OPTS", JAVA);

    assertThat(spec.cmd()).containsExactly("/bin/sh", "-c", "java -jar 'my app.jar' $OPTS");
  }

  @Test
  void settingEntrypointDropsTheBaseCmdAsDockerDoes() {
    ImageLaunch base = ImageLaunch.of(null, List.of("jshell"));
    LaunchSpec spec = declared(LaunchContract.ARGUMENTS, null, null, null, null, JAVA);

    assertThat(spec.applyTo(base)).isEqualTo(ImageLaunch.of(JAVA, null));
    assertThat(spec.dropsBaseCmd(base)).isTrue();
  }

  @Test
  void settingOnlyCmdKeepsTheBaseEntrypoint() {
    ImageLaunch base = ImageLaunch.of(List.of("tini", "--"), List.of("old"));
    LaunchSpec spec = declared(LaunchContract.COMMAND, null, null, null, null, JAVA);

    assertThat(spec.applyTo(base)).isEqualTo(ImageLaunch.of(List.of("tini", "--"), JAVA));
    assertThat(spec.dropsBaseCmd(base)).isFalse();
  }

  @Test
  void nothingDeclaredAndNoJavaCommandInheritsTheBase() {
    ImageLaunch base = ImageLaunch.of(List.of("/entry"), List.of("x"));
    LaunchSpec spec = declared(LaunchContract.ARGUMENTS, null, null, null, null, null);

    assertThat(spec.applyTo(base)).isEqualTo(base);
  }

  @Test
  void entrypointAndEntrypointShellTogetherNameBothElements() {
    assertThatThrownBy(
            () ->
                declared(
                    LaunchContract.ARGUMENTS, List.of("/app/run"), "/app/run", null, null, JAVA))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<container><entrypoint>")
        .hasMessageContaining("<container><entrypointShell>");
  }

  @Test
  void cmdAndCmdShellTogetherNameBothElements() {
    assertThatThrownBy(() -> declared(LaunchContract.COMMAND, null, null, List.of("a"), "a", JAVA))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<container><cmd>")
        .hasMessageContaining("<container><cmdShell>");
  }

  @Test
  void emptyEntrypointWithEmptyCmdIsRejected() {
    assertThatThrownBy(
            () -> declared(LaunchContract.ARGUMENTS, List.of(), null, List.of(), null, JAVA))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("nothing to")
        .hasMessageContaining("<container><entrypoint>");
  }

  @Test
  void blankShellLineIsRejected() {
    assertThatThrownBy(() -> declared(LaunchContract.ARGUMENTS, null, "  ", null, null, JAVA))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<container><entrypointShell> is empty");
  }
}
