package dev.entrypoint.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.BuildLog;
import dev.entrypoint.engine.Container;
import dev.entrypoint.engine.ContainerEngine;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.process.CommandResult;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpProbeTest {

  private final ContainerEngine engine =
      ContainerEngine.connect(
          EngineSettings.of(EngineChoice.DOCKER),
          command -> new CommandResult(0, "20.10.24\n", ""),
          BuildLog.silent());
  private final HttpExpectation expected =
      new HttpExpectation(8080, "/", 200, "UP", Duration.ofSeconds(5));

  @Test
  void noAnswerIsReportedInTheWordsOfTheExpectation() throws Exception {
    HttpAnswer answer =
        new HttpProbe(engine)
            .await(
                new Container("c0ffee", "app-verify-1"), expected, Instant.now(), "within 5.0 s");

    assertThat(new HttpCheck(expected).expected()).endsWith(" within 5.0 s");
    assertThat(answer.description()).startsWith("no such answer within 5.0 s (last: ");
  }
}
