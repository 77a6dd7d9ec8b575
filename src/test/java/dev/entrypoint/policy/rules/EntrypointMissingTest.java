package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.ImageFileRulesFixture.busybox;
import static dev.entrypoint.policy.rules.ImageFileRulesFixture.running;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import dev.entrypoint.testing.FakeImageFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntrypointMissingTest {

  private static final RuleCheck CHECK = RuleCheck.of(new EntrypointMissing());

  @Test
  void anAbsolutePathWithNothingThereTriggers() {
    assertThat(CHECK.image(running(List.of("/app/run.sh"), null), busybox()))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("target/entrypoint/image.tar");
              assertThat(finding.message())
                  .isEqualTo(
                      "The image's ENTRYPOINT starts /app/run.sh, but the image has no /app/run.sh:"
                          + " every 'docker run' fails with 'exec: \"/app/run.sh\": stat"
                          + " /app/run.sh: no such file or directory'. Add the file to the image"
                          + " (with entrypoint:build, put it in the <extraDirectory>,"
                          + " src/main/image/app/run.sh by default, which keeps its permissions),"
                          + " or fix the path.");
            });
  }

  @Test
  void aRelativePathIsLookedUpInTheWorkingDirectory() {
    assertThat(CHECK.image(running(List.of("./run.sh"), null), busybox()))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("the image has no /app/run.sh");
    assertThat(CHECK.image(running(List.of("./run.sh"), null), busybox().executable("/app/run.sh")))
        .isEmpty();
  }

  @Test
  void aDanglingSymlinkSaysWhereItPoints() {
    assertThat(
            CHECK.image(
                running(List.of("/app/run"), null), busybox().symlink("/app/run", "/opt/gone/run")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("/app/run is a symbolic link to /opt/gone/run, which leads nowhere in the image");
  }

  @Test
  void theProgramAnInitStartsIsLookedUpToo() {
    assertThat(
            CHECK.image(
                running(List.of("/sbin/tini", "--", "/app/run"), null),
                busybox().executable("/sbin/tini")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith(
            "The image's ENTRYPOINT starts /sbin/tini, which starts /app/run, but the image"
                + " has no /app/run");
  }

  @Test
  void aShellFormEntrypointNeedsTheShell() {
    assertThat(
            CHECK.image(
                running(List.of("/bin/sh", "-c", "java -jar app.jar"), null),
                FakeImageFiles.empty().executable("/opt/java/bin/java")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("the image has no /bin/sh");
  }

  @Test
  void doesNotTriggerWhenTheFileIsThereOrNamedWithoutAPath() {
    assertThat(
            CHECK.image(
                running(List.of("/app/run.sh"), null),
                busybox().file("/app/run.sh", 0755, "#!/bin/sh\nexec \"$@\"\n")))
        .isEmpty();
    assertThat(CHECK.image(running(List.of("/bin/sh", "-c", "run"), null), busybox())).isEmpty();
    assertThat(CHECK.image(running(List.of("nowhere"), null), busybox())).isEmpty();
    assertThat(CHECK.image(running(null, null), busybox())).isEmpty();
  }
}
