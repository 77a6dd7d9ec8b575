package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.JibEvent;
import com.google.cloud.tools.jib.api.LogEvent;
import dev.entrypoint.BuildLog;
import dev.entrypoint.jib.BuildEvents;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Turns jib-core's events into a quiet log: a progress line at each quarter once a build has run
 * for a couple of seconds, Jib's warnings as warnings, everything else (its lifecycle messages and
 * step timings) at debug level. Two of Jib's warnings are expected, and go to debug level too: its
 * HTTPS-to-HTTP fallback notes when insecure registries are allowed, and that the base is not
 * pinned by digest when it is not a registry's image, where a digest cannot be given (a {@code
 * docker://} or {@code tar://} base is fingerprinted by its content instead).
 */
final class BuildProgress implements Consumer<JibEvent> {

  private static final Duration QUIET_START = Duration.ofSeconds(2);

  /** Jib's warnings while it falls back from HTTPS to HTTP, expected for an insecure registry. */
  private static final List<String> FALLBACK_WARNINGS =
      List.of("Cannot verify server at", "Failed to connect to", "I/O error for image", "    ");

  /** How Jib's warning about a base without a digest ends. */
  private static final String UNPINNED_BASE =
      "does not use a specific image digest - build may not be reproducible";

  private final BuildLog log;
  private final String what;
  private final boolean insecureRegistriesAllowed;
  private final boolean baseFromRegistry;
  private final long startNanos = System.nanoTime();
  private double done;
  private int quartersReported;

  BuildProgress(
      BuildLog log, String what, boolean insecureRegistriesAllowed, boolean baseFromRegistry) {
    this.log = log;
    this.what = what;
    this.insecureRegistriesAllowed = insecureRegistriesAllowed;
    this.baseFromRegistry = baseFromRegistry;
  }

  @Override
  public synchronized void accept(JibEvent event) {
    OptionalDouble progress = BuildEvents.progress(event);
    if (progress.isPresent()) {
      done += progress.getAsDouble();
      int quarter = (int) Math.floor(Math.min(done, 1.0) * 4);
      if (quarter > quartersReported && quarter < 4 && elapsed().compareTo(QUIET_START) >= 0) {
        log.info(what + ": " + quarter * 25 + "% (" + elapsed().toSeconds() + " s)");
      }
      quartersReported = Math.max(quartersReported, quarter);
    } else if (event instanceof LogEvent logEvent) {
      boolean serious =
          logEvent.getLevel() == LogEvent.Level.WARN || logEvent.getLevel() == LogEvent.Level.ERROR;
      if (serious && !isExpected(logEvent.getMessage())) {
        log.warn(logEvent.getMessage());
      } else {
        log.debug(logEvent.getMessage());
      }
    } else {
      BuildEvents.finishedStep(event)
          .ifPresent(
              step ->
                  log.debug(
                      "jib: "
                          + step.description()
                          + " took "
                          + step.duration().toMillis()
                          + " ms"));
    }
  }

  private boolean isExpected(String warning) {
    return (insecureRegistriesAllowed && FALLBACK_WARNINGS.stream().anyMatch(warning::startsWith))
        || (!baseFromRegistry && warning.endsWith(UNPINNED_BASE));
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
