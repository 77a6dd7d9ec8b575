package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.RegistryUnauthorizedException;
import dev.entrypoint.BuildLog;
import dev.entrypoint.Causes;
import dev.entrypoint.jib.RegistryErrors;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Retries registry work that failed for a reason that may pass: a 5xx or 429 answer, a dropped or
 * reset connection, a timeout. The budget is bounded: {@link #ATTEMPTS} attempts, waiting 1 s, 2 s
 * and 4 s between them. Refused credentials, a missing image or an unreachable host fail at once.
 */
final class PushRetry {

  /** How many times work is tried, the first included. */
  static final int ATTEMPTS = 4;

  private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

  private static final int TOO_MANY_REQUESTS = 429;
  private static final int SERVER_ERROR = 500;

  /** Apache HttpClient's exceptions for a connection that ended early, named to avoid its API. */
  private static final Set<String> DROPPED =
      Set.of(
          "NoHttpResponseException",
          "ConnectionClosedException",
          "TruncatedChunkException",
          "MalformedChunkCodingException");

  /** Work to try. */
  interface Attempt<T> {
    T run() throws Exception;
  }

  /** Waits between attempts; a test's does not. */
  interface Wait {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final BuildLog log;
  private final Wait wait;

  PushRetry(BuildLog log, Wait wait) {
    this.log = log;
    this.wait = wait;
  }

  /** Retries that really wait. */
  static PushRetry waiting(BuildLog log) {
    return new PushRetry(log, duration -> Thread.sleep(duration.toMillis()));
  }

  /**
   * Runs {@code attempt} until it succeeds, fails for good, or has been tried {@link #ATTEMPTS}
   * times; {@code what} names it in the log ({@code pushing layer sha256:...}).
   */
  <T> T run(String what, Attempt<T> attempt) throws Exception {
    Duration next = FIRST_WAIT;
    for (int tried = 1; ; tried++) {
      try {
        return attempt.run();
      } catch (Exception e) {
        if (tried >= ATTEMPTS || !isTransient(e)) {
          throw e;
        }
        log.warn(
            what
                + " failed ("
                + reason(e)
                + "); trying again in "
                + next.toSeconds()
                + " s (attempt "
                + (tried + 1)
                + " of "
                + ATTEMPTS
                + ")");
        wait.sleep(next);
        next = next.multipliedBy(2);
      }
    }
  }

  /** Whether {@code failure} may pass when the work is tried again. */
  static boolean isTransient(Throwable failure) {
    if (Causes.find(failure, RegistryUnauthorizedException.class) != null
        || Causes.find(failure, ConnectException.class) != null
        || Causes.find(failure, UnknownHostException.class) != null) {
      return false;
    }
    OptionalInt response = RegistryErrors.httpStatus(failure);
    if (response.isPresent()) {
      int status = response.getAsInt();
      return status >= SERVER_ERROR || status == TOO_MANY_REQUESTS;
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException
          || t instanceof SocketException
          || t instanceof EOFException
          || DROPPED.contains(t.getClass().getSimpleName())) {
        return true;
      }
    }
    return false;
  }

  /** The failure in a few words, for the log. */
  private static String reason(Throwable failure) {
    OptionalInt response = RegistryErrors.httpStatus(failure);
    if (response.isPresent()) {
      return "HTTP " + response.getAsInt();
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
