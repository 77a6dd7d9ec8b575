package dev.entrypoint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrypoint.engine.EngineOptions;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.EngineKind;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class CheckMojoTest {

  private static final String PROJECT = "src/test/resources/unit/check-project/pom.xml";
  private static final Path SOURCES = Path.of("src/test/resources/unit/check-project");

  @TempDir Path dir;

  /** Points the injected project at a copy of the test project in a temporary directory. */
  private CheckMojo inCopy(CheckMojo mojo) throws Exception {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        Path target = dir.resolve(SOURCES.relativize(source).toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    }
    MavenProject project = MojoExtension.getVariableValueFromObject(mojo, "project");
    project.setFile(dir.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(dir.resolve("target").toString());
    project.getBuild().setOutputDirectory(dir.resolve("target/classes").toString());
    MojoExtension.setVariableValueToObject(
        mojo, "outputDirectory", dir.resolve("target/entrypoint").toFile());
    MojoExtension.setVariableValueToObject(mojo, "dockerfiles", dir.toFile());
    return mojo;
  }

  private JsonNode report(String name) throws IOException {
    return new ObjectMapper().readTree(dir.resolve("target/entrypoint").resolve(name).toFile());
  }

  @Test
  @InjectMojo(goal = "check", pom = PROJECT)
  void failsOnTheErrorNamesTheReportsAndWritesThemAll(CheckMojo mojo) throws Exception {
    assertThatThrownBy(inCopy(mojo)::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("entrypoint:check found 2 errors, 1 warning, 0 info (1 suppressed)")
        .hasMessageContaining("target/entrypoint/check.sarif")
        .hasMessageContaining("target/entrypoint/check.xml")
        .hasMessageContaining("target/entrypoint/check.json");

    JsonNode json = report("check.json");
    assertThat(json.path("inputs"))
        .extracting(input -> input.path("path").asText())
        .containsExactly("pom.xml", "Dockerfile", "docker/tools/Dockerfile");
    assertThat(json.path("inputs").path(0).path("findings"))
        .extracting(f -> f.path("rule").asText())
        .containsExactlyInAnyOrder("shell-form-entrypoint", "launch-contract-violated");
    assertThat(json.path("inputs").path(0).path("entrypoint").toString())
        .isEqualTo("[\"/bin/sh\",\"-c\",\"java -jar /app/app.jar\"]");
    assertThat(
            json.path("inputs")
                .path(2)
                .path("findings")
                .path(0)
                .path("suppressed")
                .path("reason")
                .asText())
        .isEqualTo("the tools image needs root");
    assertThat(report("check.sarif").path("version").asText()).isEqualTo("2.1.0");
    assertThat(dir.resolve("target/entrypoint/check.xml")).isRegularFile();
  }

  @Test
  @InjectMojo(goal = "check", pom = PROJECT)
  void aRuleTurnedOffByThePomDoesNotRun(CheckMojo mojo) throws Exception {
    assertThatThrownBy(inCopy(mojo)::execute).isInstanceOf(MojoFailureException.class);

    assertThat(report("check.json").path("inputs").path(1).path("checkedRules"))
        .extracting(JsonNode::asText)
        .contains("shell-form-cmd")
        .doesNotContain("base-image-not-pinned");
  }

  @Test
  @InjectMojo(goal = "check", pom = PROJECT)
  void passesWhenWhatIsLeftIsBelowTheThreshold(CheckMojo mojo) throws Exception {
    MojoExtension.setVariableValueToObject(
        inCopy(mojo),
        "rules",
        Map.of(
            "shell-form-entrypoint",
            "warning",
            "launch-contract-violated",
            "warning",
            "base-image-not-pinned",
            "off"));

    mojo.execute();

    assertThat(report("check.json").path("failed").asBoolean()).isFalse();
  }

  @Test
  @InjectMojo(goal = "check", pom = PROJECT)
  void failOnWarningFailsOnWarnings(CheckMojo mojo) throws Exception {
    MojoExtension.setVariableValueToObject(
        inCopy(mojo),
        "rules",
        Map.of("shell-form-entrypoint", "warning", "launch-contract-violated", "warning"));
    MojoExtension.setVariableValueToObject(mojo, "failOn", "warning");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("findings of severity warning or worse fail the build");
  }

  @Test
  @InjectMojo(goal = "check", pom = PROJECT)
  void anUnknownRuleIsAConfigurationError(CheckMojo mojo) throws Exception {
    MojoExtension.setVariableValueToObject(inCopy(mojo), "rules", Map.of("shell-form", "off"));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("<rules> names rule 'shell-form', which does not exist");
  }

  @Test
  @InjectMojo(goal = "check", pom = PROJECT)
  void skipLeavesNoReport(CheckMojo mojo) throws Exception {
    MojoExtension.setVariableValueToObject(inCopy(mojo), "skipCheck", true);

    mojo.execute();

    assertThat(dir.resolve("target/entrypoint/check.json")).doesNotExist();
  }

  @Test
  @InjectMojo(goal = "check", pom = PROJECT)
  void aTarImageThatIsNotThereIsAConfigurationError(CheckMojo mojo) throws Exception {
    MojoExtension.setVariableValueToObject(inCopy(mojo), "checkedImage", "tar://missing.tar");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("<checkedImage>: tar://")
        .hasMessageContaining("missing.tar: there is no such file");
  }

  @Test
  @InjectMojo(goal = "check", pom = PROJECT)
  void theDockerfilesPropertyPointsTheSearchAnywhere(CheckMojo mojo) throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/app"));
    Files.writeString(elsewhere.resolve("Containerfile"), "FROM scratch\nCMD [\"/run\"]\n");
    MojoExtension.setVariableValueToObject(
        inCopy(mojo), "dockerfiles", new File(dir.toFile(), "elsewhere"));

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

    assertThat(report("check.json").path("inputs"))
        .extracting(input -> input.path("path").asText())
        .containsExactly("pom.xml", "elsewhere/app/Containerfile");
  }

  private static EngineConfiguration docker(String executable, String host) {
    EngineConfiguration docker = new EngineConfiguration();
    docker.executable = executable;
    docker.host = host;
    return docker;
  }

  @Test
  @InjectMojo(goal = "check", pom = PROJECT)
  void theDockerSettingsReachTheImageAccess(CheckMojo mojo) throws Exception {
    MojoExtension.setVariableValueToObject(
        mojo, "docker", docker("/opt/ep-ra/docker", "tcp://127.0.0.1:2375"));

    ImageAccess access = mojo.imageAccess(ImageSource.docker("app:1"));

    assertThat(access.engines().options(EngineKind.DOCKER))
        .isEqualTo(
            EngineOptions.defaults(EngineKind.DOCKER)
                .withExecutable("/opt/ep-ra/docker")
                .withHost("tcp://127.0.0.1:2375"));
  }

  @Test
  @InjectMojo(goal = "check", pom = PROJECT)
  void aDockerImageIsReadWithTheConfiguredExecutable(CheckMojo mojo) throws Exception {
    MojoExtension.setVariableValueToObject(inCopy(mojo), "checkedImage", "docker://ep-ra-absent:1");
    MojoExtension.setVariableValueToObject(
        mojo, "docker", docker("/nonexistent/ep-ra-docker", null));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("/nonexistent/ep-ra-docker")
        .hasMessageContaining("To start one");
  }
}
