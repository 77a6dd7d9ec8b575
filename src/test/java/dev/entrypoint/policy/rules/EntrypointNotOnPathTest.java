package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.ImageFileRulesFixture.busybox;
import static dev.entrypoint.policy.rules.ImageFileRulesFixture.running;
import static dev.entrypoint.policy.rules.RuleCheck.builtImage;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntrypointNotOnPathTest {

  private static final RuleCheck CHECK = RuleCheck.of(new EntrypointNotOnPath());

  @Test
  void aBareNameNoPathDirectoryHoldsTriggers() {
    assertThat(
            CHECK.image(
                running(List.of("java", "-jar", "app.jar"), null),
                busybox().executable("/opt/java/bin/java")))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.message())
                    .isEqualTo(
                        "The image's ENTRYPOINT starts java, but no directory of the image's PATH"
                            + " (/usr/local/bin:/usr/bin:/bin) holds an executable java: every"
                            + " 'docker run' fails with 'exec: \"java\": executable file not found"
                            + " in $PATH'. Name it by its absolute path, add its directory to the"
                            + " PATH (ENV PATH=/opt/app/bin:$PATH), or add it to the image."));
  }

  @Test
  void theImagesOwnPathIsSearched() {
    assertThat(
            CHECK.image(
                builtImage(launch(List.of("java"), null))
                    .env(Map.of("PATH", "/opt/java/bin:/bin"))
                    .build(),
                busybox().executable("/opt/java/bin/java")))
        .isEmpty();
  }

  @Test
  void withoutAPathDockersDefaultIsSearched() {
    assertThat(
            CHECK.image(builtImage(launch(null, List.of("sh"))).env(Map.of()).build(), busybox()))
        .isEmpty();
    assertThat(
            CHECK.image(builtImage(launch(null, List.of("bash"))).env(Map.of()).build(), busybox()))
        .singleElement()
        .extracting(finding -> finding.message())
        .asString()
        .contains("(/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)");
  }

  @Test
  void doesNotTriggerForPathsOrNamesItFinds() {
    assertThat(CHECK.image(running(List.of("sh", "-c", "run"), null), busybox())).isEmpty();
    assertThat(CHECK.image(running(List.of("/opt/missing"), null), busybox())).isEmpty();
  }
}
