package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.tools.jib.api.buildplan.FileEntry;
import dev.entrypoint.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jib's extraDirectories semantics: what goes in, where, with which mode and time. */
class ExtraDirectoryLayerTest {

  @TempDir Path dir;

  @BeforeEach
  void tree() throws IOException {
    Files.createDirectories(dir.resolve("extra/bin"));
    Files.createDirectories(dir.resolve("extra/conf/more"));
    Files.writeString(dir.resolve("extra/bin/run.sh"), "#!/bin/sh\n");
    Files.writeString(dir.resolve("extra/conf/app.conf"), "a=1\n");
    Files.writeString(dir.resolve("extra/conf/secret.conf"), "s=1\n");
    Files.writeString(dir.resolve("extra/conf/more/extra.conf"), "e=1\n");
    Files.writeString(dir.resolve("extra/README"), "r\n");
  }

  private Map<String, String> modes(
      List<String> includes, List<String> excludes, ExtraFilePermissions permissions)
      throws IOException {
    ExtraDirectory directory =
        new ExtraDirectory(dir.resolve("extra"), "/opt/app", includes, excludes);
    Map<String, String> modes = new LinkedHashMap<>();
    for (FileEntry entry :
        ExtraDirectoryLayer.of(directory, permissions, ExtraDirectoryLayer.JIB_DEFAULTS)
            .getEntries()) {
      assertThat(entry.getModificationTime()).isEqualTo(Instant.ofEpochSecond(1));
      modes.put(entry.getExtractionPath().toString(), entry.getPermissions().toOctalString());
    }
    return modes;
  }

  @Test
  void everyPathUnderTheDirectoryGoesUnderIntoWithJibsDefaultModes() throws IOException {
    assertThat(modes(List.of(), List.of(), ExtraFilePermissions.none()))
        .containsExactly(
            Map.entry("/opt/app/README", "644"),
            Map.entry("/opt/app/bin", "755"),
            Map.entry("/opt/app/bin/run.sh", "644"),
            Map.entry("/opt/app/conf", "755"),
            Map.entry("/opt/app/conf/app.conf", "644"),
            Map.entry("/opt/app/conf/more", "755"),
            Map.entry("/opt/app/conf/more/extra.conf", "644"),
            Map.entry("/opt/app/conf/secret.conf", "644"));
  }

  @Test
  void includesKeepOnlyWhatAGlobOnTheRelativePathMatchesAndExcludesDropWhatTheirsMatch()
      throws IOException {
    assertThat(
            modes(
                List.of("conf/*.conf", "**/more/*"),
                List.of("**/secret.conf"),
                ExtraFilePermissions.none()))
        .containsOnlyKeys("/opt/app/conf/app.conf", "/opt/app/conf/more/extra.conf");
  }

  @Test
  void anExactPathWinsOverAGlobAndTheFirstMatchingGlobWins() throws IOException {
    Map<String, String> patterns = new LinkedHashMap<>();
    patterns.put("/opt/app/conf/**", "600");
    patterns.put("/opt/app/**.conf", "640");
    patterns.put("/opt/app/conf/app.conf", "444");
    patterns.put("/opt/app/bin/*", "755");

    Map<String, String> modes = modes(List.of(), List.of(), ExtraFilePermissions.of(patterns));

    assertThat(modes)
        .containsEntry("/opt/app/conf/app.conf", "444")
        .containsEntry("/opt/app/conf/secret.conf", "600")
        .containsEntry("/opt/app/bin/run.sh", "755")
        .containsEntry("/opt/app/bin", "755")
        .containsEntry("/opt/app/README", "644");
  }

  @Test
  void aMissingDirectoryIsAnErrorNamingIt() {
    ExtraDirectory missing = ExtraDirectory.at(dir.resolve("nope"));

    assertThatThrownBy(
            () ->
                ExtraDirectoryLayer.of(
                    missing, ExtraFilePermissions.none(), ExtraDirectoryLayer.JIB_DEFAULTS))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<extraDirectories><paths><path>")
        .hasMessageContaining(dir.resolve("nope").toString());
  }

  @Test
  void intoMustBeAbsolute() {
    assertThatThrownBy(() -> new ExtraDirectory(dir, "opt", List.of(), List.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<into> is 'opt'");
  }

  @Test
  void aModeThatIsNotThreeOctalDigitsNamesItsPattern() {
    Map<String, String> modes = new LinkedHashMap<>();
    modes.put("/app/run.sh", "755");
    modes.put("/app/x", "9");

    assertThatThrownBy(() -> ExtraFilePermissions.of(modes))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("the mode of /app/x is '9'");
  }

  @Test
  void patternsKeepTheOrderWritten() {
    Map<String, String> modes = new LinkedHashMap<>();
    modes.put("/a/*", "700");
    modes.put("/a/b", "644");

    assertThat(ExtraFilePermissions.of(modes)).hasToString("/a/*=700,/a/b=644");
  }
}
