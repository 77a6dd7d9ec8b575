package dev.entrypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.Json;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.testing.RecordingLog;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbandonedRunsTest {

  private static final String GONE_LABELS =
      "{\"dev.entrypoint.run\":\"dead0001\",\"dev.entrypoint.host\":\"%s\","
          + "\"dev.entrypoint.pid\":\"%d\",\"dev.entrypoint.started\":\"2001-01-01T00:00:00Z\"}";

  private final RunOwner current = RunOwner.current();
  private final RunOwner gone = new RunOwner("dead0001", current.host(), current.pid(), at2001());
  private final RecordingLog log = new RecordingLog();

  private static Instant at2001() {
    return Instant.parse("2001-01-01T00:00:00Z");
  }

  @Test
  void containersAndImagesOfAGoneOwnerAreRemovedContainersFirst() {
    String prefix = "localhost/entrypoint-owned/dead0001/5e55104e/";
    String image = prefix + "image:" + gone.tag();
    String added = prefix + "loaded-" + hex("localhost/app:1") + ":" + gone.tag();
    String restore = prefix + "restore-" + hex("app:2") + ":" + gone.tag();
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.PODMAN)
            .succeeds(List.of("ps", "--all"), "c0ffee app-verify-5e55104e-1\n")
            .succeeds(
                List.of("container", "inspect"),
                String.format(GONE_LABELS, current.host(), current.pid()))
            .succeeds(
                List.of("images", "--format"),
                String.join("\n", "localhost/app:1", "docker.io/library/other:1", image, added)
                    + "\n"
                    + restore
                    + "\n")
            .succeeds(List.of("image", "inspect", "--format", "{{.Id}}"), "1234\n")
            .succeeds(List.of("rm", "--force"), "")
            .succeeds(List.of("tag"), "")
            .succeeds(List.of("image", "rm"), "");

    AbandonedRuns.clean(EngineFixtures.connect(EngineKind.PODMAN, runner), log);

    List<List<String>> removals = runner.argvs(List.of("rm"));
    assertThat(removals.get(0)).contains("c0ffee");
    assertThat(runner.argvs(List.of("tag")))
        .containsExactly(List.of("podman", "tag", restore.substring(10), "app:2"));
    assertThat(removals.subList(1, removals.size()))
        .extracting(argv -> argv.get(argv.size() - 1))
        .containsExactly(
            "localhost/app:1", restore.substring(10), added.substring(10), image.substring(10));
    assertThat(log.lines())
        .anyMatch(
            line ->
                line.startsWith("INFO Removed what an earlier build left on podman")
                    && line.contains("container app-verify-5e55104e-1")
                    && line.contains("app:2, localhost/app:1"));
  }

  @Test
  void whatALiveRunOwnsIsLeftAlone() {
    String live =
        "localhost/entrypoint-owned/" + current.runId() + "/5e55104e/image:" + current.tag() + "\n";
    FakeCommandRunner runner =
        EngineFixtures.answering(EngineKind.PODMAN)
            .succeeds(List.of("ps", "--all"), "c0ffee app-verify-5e55104e-1\n")
            .succeeds(List.of("container", "inspect"), labels(current))
            .succeeds(List.of("images", "--format"), live);

    AbandonedRuns.clean(EngineFixtures.connect(EngineKind.PODMAN, runner), log);

    assertThat(runner.argvs(List.of("rm"))).isEmpty();
    assertThat(log.lines()).noneMatch(line -> line.contains("Removed"));
  }

  private static String labels(RunOwner owner) {
    var object = Json.object();
    owner.labels().forEach(object::put);
    return Json.compact(object);
  }

  private static String hex(String name) {
    return HexFormat.of().formatHex(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
