package dev.entrypoint.verify;

import dev.entrypoint.engine.Container;
import dev.entrypoint.engine.ContainerEngine;
import dev.entrypoint.engine.EngineException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * Asks a running container for an {@link HttpExpectation} until it gives that answer, exits, or the
 * start-up time runs out. Between two requests it waits on the container's exit, so a program that
 * dies at start-up is reported at once.
 */
final class HttpProbe {

  /** The pause between two requests, spent waiting on the container's exit. */
  static final Duration INTERVAL = Duration.ofMillis(500);

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  private static final int SHOWN_CHARACTERS = 120;

  private final ContainerEngine engine;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  HttpProbe(ContainerEngine engine) {
    this.engine = engine;
  }

  /**
   * The container's answer to {@code expected}, waiting until {@code deadline} at the latest; when
   * none comes, the failure says {@code "no such answer " + until}, such as {@code within 5.0 s}.
   */
  HttpAnswer await(Container container, HttpExpectation expected, Instant deadline, String until)
      throws InterruptedException {
    String last = "no answer";
    Integer hostPort = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        if (hostPort == null) {
          hostPort = engine.hostPort(container, expected.port());
        }
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hostPort + expected.path()))
                    .timeout(REQUEST_TIMEOUT)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        last = "answered " + response.statusCode() + ": " + shown(response.body());
        if (expected.accepts(response.statusCode(), response.body())) {
          return new HttpAnswer(true, last);
        }
      } catch (IOException | EngineException e) {
        last = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      }
      OptionalInt exited = engine.waitForExit(container, INTERVAL);
      if (exited.isPresent()) {
        return new HttpAnswer(
            false,
            "the container exited with code "
                + exited.getAsInt()
                + " before answering (last: "
                + last
                + ")");
      }
    }
    return new HttpAnswer(false, "no such answer " + until + " (last: " + last + ")");
  }

  private static String shown(String body) {
    String flat = body.strip().replaceAll("\\s+", " ");
    return "'"
        + (flat.length() > SHOWN_CHARACTERS ? flat.substring(0, SHOWN_CHARACTERS) + "..." : flat)
        + "'";
  }
}
