package dev.entrypoint.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTest {

  @Test
  void toStringMasksEnvironmentValuesButNotTheirNames() {
    Command command =
        new Command(
            List.of("docker", "create", "-e", "DB_PASSWORD=s3cret", "--env", "TOKEN=abc", "app:1"),
            Map.of("DOCKER_HOST", "tcp://user:pw@host:2376"),
            Duration.ofSeconds(5));

    assertThat(command.toString())
        .contains("DB_PASSWORD=***", "TOKEN=***", "DOCKER_HOST", "app:1")
        .doesNotContain("s3cret", "abc", "pw@host");
  }

  @Test
  void toStringQuotesWordsAShellWouldChange() {
    Command command =
        new Command(
            List.of("docker", "create", "--entrypoint=", "app:1", ""),
            Map.of(),
            Duration.ofSeconds(5));

    assertThat(command.toString()).isEqualTo("docker create --entrypoint= app:1 ''");
  }

  @Test
  void aCommandNeedsAProgram() {
    assertThatThrownBy(() -> new Command(List.of(), Map.of(), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
