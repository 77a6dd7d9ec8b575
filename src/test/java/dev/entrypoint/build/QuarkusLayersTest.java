package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import dev.entrypoint.project.QuarkusApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarkusLayersTest {

  @TempDir Path dir;

  @Test
  void splitsQuarkusAppSoWhatChangesLeastIsLowest() throws IOException {
    for (String file :
        List.of(
            "quarkus-run.jar",
            "quarkus-app-dependencies.txt",
            "lib/boot/io.quarkus.quarkus-bootstrap-runner-3.33.2.jar",
            "lib/main/io.vertx.vertx-core-4.5.jar",
            "lib/main/com.example.lib-1.0-SNAPSHOT.jar",
            "quarkus/generated-bytecode.jar",
            "app/demo-1.0.jar")) {
      Path path = dir.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, file);
    }

    List<FileEntriesLayer> layers =
        QuarkusLayers.of(new QuarkusApplication(dir, List.of(), "/app"));

    assertThat(layers)
        .extracting(FileEntriesLayer::getName)
        .containsExactly(
            "quarkus boot libraries",
            "dependencies",
            "snapshot dependencies",
            "quarkus runner",
            "quarkus generated",
            "application");
    assertThat(layers.get(3).getEntries())
        .extracting(entry -> entry.getExtractionPath().toString())
        .containsExactly("/app/quarkus-app-dependencies.txt", "/app/quarkus-run.jar");
    assertThat(layers.get(5).getEntries())
        .extracting(entry -> entry.getExtractionPath().toString())
        .containsExactly("/app/app/demo-1.0.jar");
  }
}
