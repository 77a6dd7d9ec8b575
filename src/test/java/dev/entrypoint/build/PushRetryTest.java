package dev.entrypoint.build;

import static dev.entrypoint.jib.JibExceptions.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.tools.jib.api.RegistryUnauthorizedException;
import dev.entrypoint.testing.RecordingLog;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which registry failures are tried again, how often, and how long is waited between. */
class PushRetryTest {

  private final RecordingLog log = new RecordingLog();
  private final List<Duration> waits = new ArrayList<>();
  private final PushRetry retry = new PushRetry(log, waits::add);

  @Test
  void aPassingFaultIsTriedAgainWithAGrowingWait() throws Exception {
    AtomicInteger calls = new AtomicInteger();

    String result =
        retry.run(
            "pushing blob",
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw status(503);
              }
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(log.lines())
        .contains("WARN pushing blob failed (HTTP 503); trying again in 1 s (attempt 2 of 4)");
  }

  @Test
  void theBudgetIsBoundedAndTheLastFailureIsThrown() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                retry.run(
                    "pushing blob",
                    () -> {
                      calls.incrementAndGet();
                      throw new SocketException("Connection reset");
                    }))
        .isInstanceOf(SocketException.class);
    assertThat(calls).hasValue(PushRetry.ATTEMPTS);
    assertThat(waits)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void transientFailuresAreServerErrorsDropsAndTimeouts() throws Exception {
    assertThat(PushRetry.isTransient(status(500))).isTrue();
    assertThat(PushRetry.isTransient(status(502))).isTrue();
    assertThat(PushRetry.isTransient(status(429))).isTrue();
    assertThat(PushRetry.isTransient(new IOException(new SocketException("Connection reset"))))
        .isTrue();
    assertThat(PushRetry.isTransient(new SocketTimeoutException("Read timed out"))).isTrue();
  }

  @Test
  void refusalsMissingImagesAndUnreachableHostsFailAtOnce() throws Exception {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                retry.run(
                    "pushing",
                    () -> {
                      calls.incrementAndGet();
                      throw new RegistryUnauthorizedException("localhost:5000", "team/app", null);
                    }))
        .isInstanceOf(RegistryUnauthorizedException.class);
    assertThat(calls).hasValue(1);
    assertThat(PushRetry.isTransient(status(404))).isFalse();
    assertThat(PushRetry.isTransient(status(400))).isFalse();
    assertThat(PushRetry.isTransient(new ConnectException("Connection refused"))).isFalse();
    assertThat(waits).isEmpty();
  }
}
