package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.testing.JavaSources;
import dev.entrypoint.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JlinkBaseModulesTest {

  @TempDir Path dir;

  @Test
  void theLogNamesWhatJdepsFoundAndWhatWasAddedAndWhy() throws Exception {
    Path classes = JavaSources.compile(dir, JavaSources.printingMain());
    RecordingLog log = new RecordingLog();

    Set<String> modules =
        JlinkBase.modulesFor(
            classes, List.of(), List.of("-javaagent:/app/agent.jar"), dir.resolve("cache"), log);

    assertThat(modules).contains("java.base", "jdk.crypto.ec", "java.instrument");
    assertThat(log.text())
        .contains("jlink base: jdeps found java.base in the classes and 0 jars")
        .contains("jlink base: added java.instrument: the -javaagent the JVM starts with")
        .doesNotContain("could not analyse");
  }

  @Test
  void whatJdepsCannotReadBringsTheFallbackSetAndAWarningThatSaysWhy() throws Exception {
    Path classes = JavaSources.compile(dir, JavaSources.printingMain());
    Path broken = Files.writeString(dir.resolve("broken-1.0.jar"), "not a zip");
    RecordingLog log = new RecordingLog();

    Set<String> modules =
        JlinkBase.modulesFor(classes, List.of(broken), List.of(), dir.resolve("cache"), log);

    assertThat(modules).contains("java.se", "jdk.unsupported", "jdk.zipfs", "jdk.charsets");
    assertThat(log.text())
        .contains("jdeps could not analyse all of the application")
        .contains("broken-1.0.jar: not a jar")
        .contains("<from><modules>")
        .contains("eclipse-temurin:21-jre");
  }
}
