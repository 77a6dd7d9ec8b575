package dev.entrypoint.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchContractTest {

  @Test
  void parsesPomValuesInAnyCase() {
    assertThat(LaunchContract.parse("Command", "<launch>")).isEqualTo(LaunchContract.COMMAND);
    assertThat(LaunchContract.parse(" arguments ", "<launch>")).isEqualTo(LaunchContract.ARGUMENTS);
  }

  @Test
  void unknownValueNamesTheElementAndTheChoices() {
    assertThatThrownBy(() -> LaunchContract.parse("entrypoint", "<container><launch>"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<container><launch> is 'entrypoint'")
        .hasMessageContaining("'arguments'")
        .hasMessageContaining("'command'");
  }

  @Test
  void argumentsIsKeptByAnExecEntrypoint() {
    assertThat(LaunchContract.ARGUMENTS.violation(ImageLaunch.of(List.of("java", "Main"), null)))
        .isEmpty();
  }

  @Test
  void argumentsIsBrokenWithoutEntrypoint() {
    assertThat(LaunchContract.ARGUMENTS.violation(ImageLaunch.of(null, List.of("java", "Main"))))
        .hasValueSatisfying(v -> assertThat(v).contains("needs an ENTRYPOINT"));
    assertThat(LaunchContract.ARGUMENTS.violation(ImageLaunch.of(List.of(""), List.of("x"))))
        .isPresent();
  }

  @Test
  void argumentsIsBrokenByAShellFormEntrypoint() {
    assertThat(
            LaunchContract.ARGUMENTS.violation(
                ImageLaunch.of(CommandForm.shellWrapped("java Main"), null)))
        .hasValueSatisfying(v -> assertThat(v).contains("shell form"));
  }

  @Test
  void commandIsKeptByAnExecCmdAlone() {
    assertThat(LaunchContract.COMMAND.violation(ImageLaunch.of(null, List.of("java", "Main"))))
        .isEmpty();
  }

  @Test
  void commandIsKeptUnderAnInit() {
    assertThat(
            LaunchContract.COMMAND.violation(
                ImageLaunch.of(List.of("/sbin/tini", "--"), List.of("java"))))
        .isEmpty();
  }

  @Test
  void commandIsBrokenByAnEntrypointThatIsNotAnInit() {
    assertThat(
            LaunchContract.COMMAND.violation(ImageLaunch.of(List.of("/app/run"), List.of("java"))))
        .hasValueSatisfying(v -> assertThat(v).contains("as arguments"));
  }

  @Test
  void commandIsBrokenWithoutCmd() {
    assertThat(LaunchContract.COMMAND.violation(ImageLaunch.of(null, List.of())))
        .hasValueSatisfying(v -> assertThat(v).contains("needs a CMD"));
  }

  @Test
  void commandIsBrokenByAShellFormCmd() {
    assertThat(
            LaunchContract.COMMAND.violation(
                ImageLaunch.of(null, CommandForm.shellWrapped("java Main"))))
        .hasValueSatisfying(v -> assertThat(v).contains("SIGTERM"));
  }
}
