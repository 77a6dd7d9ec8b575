package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.tools.jib.api.LogEvent;
import dev.entrypoint.testing.RecordingLog;
import org.junit.jupiter.api.Test;

class BuildProgressTest {

  private static final LogEvent UNPINNED =
      LogEvent.warn(
          "Base image 'shop-base:1' does not use a specific image digest - build may not be reproducible");

  private final RecordingLog log = new RecordingLog();

  @Test
  void anUnpinnedRegistryBaseIsWarnedAbout() {
    new BuildProgress(log, "Building demo:1", false, true).accept(UNPINNED);

    assertThat(log.lines()).containsExactly("WARN " + UNPINNED.getMessage());
  }

  @Test
  void aDockerOrTarBaseCannotBePinnedSoJibsWarningIsDebugOnly() {
    new BuildProgress(log, "Building demo:1", false, false).accept(UNPINNED);

    assertThat(log.lines()).containsExactly("DEBUG " + UNPINNED.getMessage());
  }

  @Test
  void otherWarningsStayWarnings() {
    new BuildProgress(log, "Building demo:1", false, false)
        .accept(LogEvent.warn("Setting image creation time"));

    assertThat(log.lines()).containsExactly("WARN Setting image creation time");
  }

  @Test
  void httpFallbackNotesAreDebugOnlyWhenInsecureRegistriesAreAllowed() {
    LogEvent fallback =
        LogEvent.warn(
            "Failed to connect to https://localhost:5555/v2/ over HTTPS. Attempting again with HTTP.");

    new BuildProgress(log, "Building demo:1", true, true).accept(fallback);
    new BuildProgress(log, "Building demo:1", false, true).accept(fallback);

    assertThat(log.lines())
        .containsExactly("DEBUG " + fallback.getMessage(), "WARN " + fallback.getMessage());
  }
}
