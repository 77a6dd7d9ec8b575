package dev.entrypoint.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.Invocation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  @Test
  void theCommandLineHasEnvironmentPortsAndEntrypointQuotedForAShell() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GREETING", "hello world");
    Scenario scenario =
        Scenario.declared(
            "s",
            Invocation.runWithEntrypoint("/bin/sh", "-c", "echo $GREETING"),
            env,
            List.of(9000),
            Expectation.none()
                .http(new HttpExpectation(5000, "/", 200, null, Duration.ofSeconds(1))));

    assertThat(scenario.commandLine(EngineKind.PODMAN, "localhost/app:1"))
        .isEqualTo(
            "podman run --rm -e 'GREETING=hello world' -p 9000 -p 5000 --entrypoint /bin/sh localhost/app:1 -c 'echo $GREETING'");
  }

  @Test
  void anEmptyEntrypointIsShownAsAnEmptyWord() {
    Scenario scenario =
        Scenario.declared(
            "s",
            Invocation.runWithEntrypoint("", "a"),
            Map.of(),
            List.of(),
            Expectation.none().exitCode(0));

    assertThat(scenario.commandLine(EngineKind.DOCKER, "app"))
        .isEqualTo("docker run --rm --entrypoint '' app a");
  }

  @Test
  void aDeclaredScenarioWithoutExpectationExpectsExitCodeZero() {
    Scenario scenario =
        Scenario.declared("s", Invocation.run(), Map.of(), List.of(), Expectation.none());

    assertThat(scenario.expectation()).isEqualTo(Expectation.none().exitCode(0));
    assertThat(scenario.derived()).isFalse();
  }

  @Test
  void httpPortsArePublishedOnce() {
    Scenario scenario =
        Scenario.declared(
            "s",
            Invocation.run(),
            Map.of(),
            List.of(5000),
            Expectation.none()
                .http(new HttpExpectation(5000, "/", 200, null, Duration.ofSeconds(1))));

    assertThat(scenario.ports()).containsExactly(5000);
  }
}
