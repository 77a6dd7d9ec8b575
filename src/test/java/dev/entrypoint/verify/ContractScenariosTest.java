package dev.entrypoint.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.LaunchResolver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractScenariosTest {

  private static final List<String> JAVA = List.of("java", "-cp", "/app", "Main");
  private static final Duration STOP = Duration.ofSeconds(10);

  private static List<Scenario> scenarios(ImageLaunch launch, LaunchContract contract) {
    return ContractScenarios.of(launch, contract, EngineKind.DOCKER, STOP);
  }

  private static Scenario named(List<Scenario> scenarios, String name) {
    return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theArgumentsContractChecksThatArgumentsReachTheEntrypoint() {
    ImageLaunch launch = ImageLaunch.of(JAVA, null);

    List<Scenario> scenarios = scenarios(launch, LaunchContract.ARGUMENTS);

    assertThat(scenarios)
        .extracting(Scenario::name)
        .containsExactly(
            "default-command",
            "arguments-reach-entrypoint",
            "entrypoint-override",
            "graceful-stop");
    assertThat(scenarios).allMatch(Scenario::derived);
    Scenario arguments = named(scenarios, "arguments-reach-entrypoint");
    assertThat(arguments.invocation()).isEqualTo(Invocation.run("verify-probe", "two words"));
    assertThat(arguments.expectation())
        .isEqualTo(
            Expectation.none()
                .argumentsReachEntrypoint(launch, List.of("verify-probe", "two words")));
  }

  @Test
  void theCommandContractExpectsTheWholeCommandReplaced() {
    Scenario command =
        named(
            scenarios(ImageLaunch.of(null, JAVA), LaunchContract.COMMAND), "command-replaces-cmd");

    assertThat(command.invocation()).isEqualTo(Invocation.run("echo", "replaced"));
    assertThat(command.expectation().checks())
        .singleElement()
        .isEqualTo(
            new ArgvCheck(
                List.of("echo", "replaced"),
                null,
                "the command replaces the image's whole command"));
  }

  @Test
  void anInitEntrypointStaysInFrontOfTheReplacedCommand() {
    ImageLaunch tini = ImageLaunch.of(List.of("/sbin/tini", "--"), JAVA);

    Scenario command = named(scenarios(tini, LaunchContract.COMMAND), "command-replaces-cmd");

    assertThat(((ArgvCheck) command.expectation().checks().get(0)).argv())
        .containsExactly("/sbin/tini", "--", "echo", "replaced");
  }

  @Test
  void theDefaultCommandIsWhatTheModelPredictsEvenARefusal() {
    Scenario none = named(scenarios(ImageLaunch.none(), LaunchContract.COMMAND), "default-command");

    assertThat(none.expectation())
        .isEqualTo(
            Expectation.none()
                .predicted(
                    LaunchResolver.resolve(
                        ImageLaunch.none(), Invocation.run(), EngineKind.DOCKER)));
    assertThat(none.expectation().checks().get(0).expected())
        .startsWith("the engine refuses: No command specified");
  }

  @Test
  void onlyTheGracefulStopStartsAContainer() {
    List<Scenario> scenarios =
        scenarios(
            ImageLaunch.of(CommandForm.shellWrapped("java -jar app.jar"), null),
            LaunchContract.ARGUMENTS);

    assertThat(scenarios)
        .filteredOn(s -> s.expectation().plan().start())
        .extracting(Scenario::name)
        .containsExactly("graceful-stop");
    assertThat(named(scenarios, "graceful-stop").expectation().plan().stopWithin()).isEqualTo(STOP);
  }

  @Test
  void contractNamesAreKnown() {
    assertThat(ContractScenarios.isContractName("graceful-stop")).isTrue();
    assertThat(ContractScenarios.isContractName("my-scenario")).isFalse();
  }
}
