package dev.entrypoint.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionalParametersTest {

  @Test
  void namesTheLineAndTheIgnoredWordsQuotedForAShell() {
    assertThat(
            PositionalParameters.ignored(
                "/bin/sh -c", "java -jar app.jar", List.of("--port", "80 80")))
        .isEqualTo(
            "/bin/sh -c runs only 'java -jar app.jar'; the words after it, --port '80 80', become $0, $1,"
                + " ... of that line, which ignores them");
  }
}
