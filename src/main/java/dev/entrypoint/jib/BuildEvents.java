package dev.entrypoint.jib;

import com.google.cloud.tools.jib.api.JibEvent;
import com.google.cloud.tools.jib.event.events.ProgressEvent;
import com.google.cloud.tools.jib.event.events.TimerEvent;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/** What jib-core's progress and timer events, which are outside its api, report of a build. */
public final class BuildEvents {

  /** A step of the build that finished, as jib-core describes it, and how long it took. */
  public record FinishedStep(String description, Duration duration) {}

  private BuildEvents() {}

  /**
   * The share of the whole build that {@code event} reports done (the shares of a build add up to
   * 1), when it is a progress event. An allocation's fraction of the root is that of one of its
   * units, as jib-core's own progress handler takes it.
   */
  public static OptionalDouble progress(JibEvent event) {
    if (event instanceof ProgressEvent progress) {
      return OptionalDouble.of(progress.getUnits() * progress.getAllocation().getFractionOfRoot());
    }
    return OptionalDouble.empty();
  }

  /** The step that {@code event} reports finished, when it is a timer event that says so. */
  public static Optional<FinishedStep> finishedStep(JibEvent event) {
    if (event instanceof TimerEvent timer && timer.getState() == TimerEvent.State.FINISHED) {
      return Optional.of(new FinishedStep(timer.getDescription(), timer.getDuration()));
    }
    return Optional.empty();
  }
}
