package dev.entrypoint.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.Invocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioConfigurationTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static ScenarioConfiguration named(String name) {
    ScenarioConfiguration scenario = new ScenarioConfiguration();
    scenario.name = name;
    return scenario;
  }

  @Test
  void aScenarioWithoutANameSaysWhichOne() {
    assertThatThrownBy(() -> named(null).toScenario(2, TIMEOUT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<scenarios><scenario> number 2 has no <name>");
  }

  @Test
  void emptyArgumentsStayEmptyWords() {
    ScenarioConfiguration configuration = named("empty");
    configuration.args = new ArrayList<>(Arrays.asList("a", null));

    assertThat(configuration.toScenario(1, TIMEOUT).invocation())
        .isEqualTo(Invocation.run("a", ""));
  }

  @Test
  void httpDefaultsToRootStatus200AndTheScenarioTimeout() {
    ScenarioConfiguration configuration = named("web");
    configuration.expect.http = new ScenarioConfiguration.HttpConfiguration();
    configuration.expect.http.port = 8080;

    assertThat(configuration.toScenario(1, TIMEOUT))
        .isEqualTo(
            Scenario.declared(
                "web",
                Invocation.run(),
                Map.of(),
                List.of(),
                Expectation.none().http(new HttpExpectation(8080, "/", 200, null, TIMEOUT))));
  }

  @Test
  void httpWithoutAPortNamesTheScenario() {
    ScenarioConfiguration configuration = named("web");
    configuration.expect.http = new ScenarioConfiguration.HttpConfiguration();

    assertThatThrownBy(() -> configuration.toScenario(1, TIMEOUT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<scenario> 'web' <expect><http> has no <port>");
  }

  @Test
  void aBadRegularExpressionNamesItsElement() {
    ScenarioConfiguration configuration = named("out");
    configuration.expect.stdout = "Rocks!!(";

    assertThatThrownBy(() -> configuration.toScenario(1, TIMEOUT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<scenario> 'out' <expect><stdout> is not a regular expression")
        .hasMessageContaining("Escape characters");
  }

  @Test
  void portsMayCarryTcpButNothingElse() {
    ScenarioConfiguration configuration = named("ports");
    configuration.ports = List.of("5000/tcp");
    assertThat(configuration.toScenario(1, TIMEOUT).ports()).containsExactly(5000);

    configuration.ports = List.of("5000/udp");
    assertThatThrownBy(() -> configuration.toScenario(1, TIMEOUT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "<scenario> 'ports' <ports> has '5000/udp', which is not a TCP port");
  }
}
