package dev.entrypoint.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarkusApplicationTest {

  @TempDir Path dir;

  @Test
  void startsQuarkusRunJarFromTheAppRoot() throws IOException {
    Files.writeString(dir.resolve("quarkus-run.jar"), "jar");

    QuarkusApplication application =
        new QuarkusApplication(dir, List.of("-XX:MaxRAMPercentage=75"), "/app/");

    assertThat(application.javaCommand())
        .hasValue(List.of("java", "-XX:MaxRAMPercentage=75", "-jar", "/app/quarkus-run.jar"));
    assertThat(application.appRoot()).isEqualTo("/app");
  }

  @Test
  void aBuildThatMadeNoQuarkusAppSaysHowToOrderThePlugins() {
    QuarkusApplication notBuilt =
        new QuarkusApplication(dir.resolve("quarkus-app"), List.of(), "/app");

    assertThatThrownBy(notBuilt::requireBuilt)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("quarkus-run.jar")
        .hasMessageContaining("before entrypoint-maven-plugin");
  }
}
