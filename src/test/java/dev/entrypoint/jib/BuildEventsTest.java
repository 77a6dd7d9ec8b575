package dev.entrypoint.jib;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.event.events.ProgressEvent;
import com.google.cloud.tools.jib.event.events.TimerEvent;
import com.google.cloud.tools.jib.event.progress.Allocation;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildEventsTest {

  private static final TimerEvent.Timer TIMER = Optional::empty;

  @Test
  void progressIsTheShareOfTheWholeBuildThatAnEventReportsDone() {
    Allocation build = Allocation.newRoot("build", 2);
    Allocation layer = build.newChild("layer", 4);

    assertThat(BuildEvents.progress(new ProgressEvent(layer, 2))).hasValue(0.25);
    assertThat(
            BuildEvents.progress(new ProgressEvent(layer, 4)).getAsDouble()
                + BuildEvents.progress(new ProgressEvent(build, 1)).getAsDouble())
        .as("a build's shares add up to 1")
        .isEqualTo(1.0);
  }

  @Test
  void aFinishedTimerIsAStepWithItsDuration() {
    TimerEvent finished =
        new TimerEvent(
            TimerEvent.State.FINISHED,
            TIMER,
            Duration.ofMillis(120),
            Duration.ofMillis(300),
            "pulling base image");

    assertThat(BuildEvents.finishedStep(finished))
        .contains(new BuildEvents.FinishedStep("pulling base image", Duration.ofMillis(120)));
  }

  @Test
  void otherEventsReportNeitherProgressNorAFinishedStep() {
    TimerEvent started =
        new TimerEvent(TimerEvent.State.START, TIMER, Duration.ZERO, Duration.ZERO, "pulling");
    LogEvent warning = LogEvent.warn("Setting image creation time");

    assertThat(BuildEvents.finishedStep(started)).isEmpty();
    assertThat(BuildEvents.finishedStep(warning)).isEmpty();
    assertThat(BuildEvents.progress(warning)).isEmpty();
  }
}
