package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.ImageFileRulesFixture.busybox;
import static dev.entrypoint.policy.rules.ImageFileRulesFixture.running;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntrypointNotExecutableTest {

  private static final RuleCheck CHECK = RuleCheck.of(new EntrypointNotExecutable());

  @Test
  void aFileWithoutAnExecuteBitTriggers() {
    assertThat(
            CHECK.image(
                running(List.of("/app/run.sh"), null),
                busybox().file("/app/run.sh", 0644, "#!/bin/sh\nexec \"$@\"\n")))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.message())
                    .startsWith(
                        "The image's ENTRYPOINT starts /app/run.sh, but /app/run.sh has mode 0644,"
                            + " which lets nobody execute it: every 'docker run' fails with 'exec:"
                            + " \"/app/run.sh\": permission denied'. Make it executable: RUN chmod"
                            + " +x /app/run.sh"));
  }

  @Test
  void aDirectoryTriggers() {
    assertThat(CHECK.image(running(List.of("/app"), null), busybox().directory("/app")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("/app is a directory");
  }

  @Test
  void aNonExecutableFileOnThePathTriggers() {
    assertThat(
            CHECK.image(
                running(List.of("run"), null), busybox().file("/usr/local/bin/run", 0600, "x")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("starts run (/usr/local/bin/run), but /usr/local/bin/run has mode 0600");
  }

  @Test
  void executableFilesAndLinksToThemDoNotTrigger() {
    assertThat(CHECK.image(running(List.of("/bin/sh"), null), busybox())).isEmpty();
    assertThat(
            CHECK.image(running(List.of("/app/run"), null), busybox().file("/app/run", 0100, "x")))
        .isEmpty();
  }
}
