package dev.entrypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.launch.Invocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerSpecTest {

  @Test
  void anInvocationGivesItsEntrypointFlagAndArguments() {
    ContainerSpec spec =
        ContainerSpec.of("app:1", Invocation.runWithEntrypoint("/bin/sh", "-c", "echo hi"));

    assertThat(spec.createArguments(List.of()))
        .containsExactly("create", "--entrypoint=/bin/sh", "app:1", "-c", "echo hi");
  }

  @Test
  void anEmptyEntrypointFlagIsPassedAsAnEmptyValue() {
    ContainerSpec spec = ContainerSpec.of("app:1", Invocation.runWithEntrypoint(""));

    assertThat(spec.createArguments(List.of())).containsExactly("create", "--entrypoint=", "app:1");
  }

  @Test
  void noEntrypointFlagWhenTheInvocationHasNone() {
    ContainerSpec spec = ContainerSpec.of("app:1", Invocation.run(""));

    assertThat(spec.createArguments(List.of())).containsExactly("create", "app:1", "");
  }

  @Test
  void optionsAndEngineFlagsComeBeforeTheImage() {
    ContainerSpec spec =
        ContainerSpec.of("app:1")
            .withName("app-1")
            .withLabel("dev.entrypoint.session", "s1")
            .withEnv("GREETING", "hi")
            .withPublishedPort(8080, 0)
            .withPublishedPort(9090, 19090);

    assertThat(spec.createArguments(List.of("--ulimit", "nofile=1024:1024")))
        .containsExactly(
            "create",
            "--name",
            "app-1",
            "--label",
            "dev.entrypoint.session=s1",
            "-e",
            "GREETING=hi",
            "-p",
            "127.0.0.1::8080",
            "-p",
            "127.0.0.1:19090:9090",
            "--ulimit",
            "nofile=1024:1024",
            "app:1");
  }

  @Test
  void toStringDoesNotShowEnvironmentValues() {
    ContainerSpec spec = ContainerSpec.of("app:1").withEnv("DB_PASSWORD", "s3cret");

    assertThat(spec.toString()).contains("DB_PASSWORD").doesNotContain("s3cret");
  }
}
