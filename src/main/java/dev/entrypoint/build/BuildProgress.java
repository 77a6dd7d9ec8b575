package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.JibEvent;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.event.events.ProgressEvent;
import com.google.cloud.tools.jib.event.events.TimerEvent;
import dev.entrypoint.BuildLog;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Turns jib-core's events into a quiet log: a progress line at each quarter once a build has run
 * for a couple of seconds, Jib's warnings as warnings, everything else (its lifecycle messages and
 * step timings) at debug level.
 */
final class BuildProgress implements Consumer<JibEvent> {

  private static final Duration QUIET_START = Duration.ofSeconds(2);

  private final BuildLog log;
  private final String what;
  private final long startNanos = System.nanoTime();
  private double done;
  private int quartersReported;

  BuildProgress(BuildLog log, String what) {
    this.log = log;
    this.what = what;
  }

  @Override
  public synchronized void accept(JibEvent event) {
    if (event instanceof ProgressEvent progress) {
      done += progress.getAllocation().getFractionOfRoot() * progress.getUnits()
          / progress.getAllocation().getAllocationUnits();
      int quarter = (int) Math.floor(Math.min(done, 1.0) * 4);
      if (quarter > quartersReported && quarter < 4 && elapsed().compareTo(QUIET_START) >= 0) {
        log.info(what + ": " + quarter * 25 + "% (" + elapsed().toSeconds() + " s)");
      }
      quartersReported = Math.max(quartersReported, quarter);
    } else if (event instanceof LogEvent logEvent) {
      if (logEvent.getLevel() == LogEvent.Level.WARN || logEvent.getLevel() == LogEvent.Level.ERROR) {
        log.warn(logEvent.getMessage());
      } else {
        log.debug(logEvent.getMessage());
      }
    } else if (event instanceof TimerEvent timer && timer.getState() == TimerEvent.State.FINISHED) {
      log.debug("jib: " + timer.getDescription() + " took " + timer.getDuration().toMillis() + " ms");
    }
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
