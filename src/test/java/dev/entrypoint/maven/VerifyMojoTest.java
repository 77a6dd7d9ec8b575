package dev.entrypoint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineOptions;
import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.verify.Expectation;
import dev.entrypoint.verify.HttpExpectation;
import dev.entrypoint.verify.Scenario;
import dev.entrypoint.verify.VerifyRequest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

@MojoTest
class VerifyMojoTest {

  private static final String CONFIGURED = "src/test/resources/unit/verify-config/pom.xml";
  private static final String DEFAULTS = "src/test/resources/unit/build-defaults/pom.xml";

  @Test
  @InjectMojo(goal = "verify", pom = CONFIGURED)
  void injectsImageEnginesAndTheirCommandLines(VerifyMojo mojo) throws Exception {
    VerifyRequest request = mojo.request();

    assertThat(request.image())
        .isEqualTo(ImageSource.parse("docker://server:1", new File(".").toPath(), "x"));
    assertThat(request.engines())
        .extracting(EngineSettings::choice)
        .containsExactly(EngineChoice.DOCKER, EngineChoice.PODMAN);
    EngineSettings podman = request.engines().get(1);
    assertThat(podman.options(EngineKind.DOCKER))
        .isEqualTo(
            EngineOptions.defaults(EngineKind.DOCKER)
                .withExecutable("/usr/local/bin/docker")
                .withHost("tcp://127.0.0.1:2375"));
    assertThat(podman.options(EngineKind.PODMAN))
        .isEqualTo(
            EngineOptions.defaults(EngineKind.PODMAN)
                .withGlobalFlags(List.of("--runtime", "runc"))
                .withCreateFlags(List.of("--ulimit", "nproc=1024:1024")));
  }

  @Test
  @InjectMojo(goal = "verify", pom = CONFIGURED)
  void injectsTheRunSettings(VerifyMojo mojo) throws Exception {
    VerifyRequest request = mojo.request();

    assertThat(request.contract()).isEqualTo(LaunchContract.COMMAND);
    assertThat(request.contractScenarios()).isFalse();
    assertThat(request.parallel()).isEqualTo(3);
    assertThat(request.timeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(request.stopTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(request.failIfNoEngine()).isFalse();
  }

  @Test
  @InjectMojo(goal = "verify", pom = CONFIGURED)
  void mapsDeclaredScenariosWithTheirPublicNames(VerifyMojo mojo) throws Exception {
    List<Scenario> scenarios = mojo.request().scenarios();

    assertThat(scenarios)
        .containsExactly(
            Scenario.declared(
                "server-2",
                Invocation.run("java", "it.Server2"),
                Map.of("GREETING", "hi"),
                List.of(9000),
                Expectation.none()
                    .http(new HttpExpectation(3000, "/", 200, "server 2", Duration.ofMinutes(2)))
                    .stopsWithin(Duration.ofSeconds(10))),
            Scenario.declared(
                "echo",
                Invocation.runWithEntrypoint("echo", "Rocks!!"),
                Map.of(),
                List.of(),
                Expectation.none()
                    .exitCode(0)
                    .stdout("^Rocks!!$")
                    .stderr("^$")
                    .argv(List.of("echo", "Rocks!!"))));
  }

  @Test
  @InjectMojo(goal = "verify", pom = DEFAULTS)
  void defaultsToTheBuiltTarballOnOneEngineWithTheContractScenarios(VerifyMojo mojo)
      throws Exception {
    File outputDirectory = MojoExtension.getVariableValueFromObject(mojo, "outputDirectory");
    Files.createDirectories(outputDirectory.toPath());
    Path tarball = outputDirectory.toPath().resolve("image.tar");
    Files.write(tarball, new byte[0]);

    VerifyRequest request;
    try {
      request = mojo.request();
    } finally {
      Files.delete(tarball);
    }

    assertThat(request.image().kind()).isEqualTo(ImageSource.Kind.TAR);
    assertThat(request.image().tarPath().toString().replace('\\', '/'))
        .endsWith("target/entrypoint/image.tar");
    assertThat(request.engines())
        .extracting(EngineSettings::choice)
        .containsExactly(EngineChoice.AUTO);
    assertThat(request.contract()).isEqualTo(LaunchContract.ARGUMENTS);
    assertThat(request.contractScenarios()).isTrue();
    assertThat(request.timeout()).isEqualTo(VerifyRequest.DEFAULT_TIMEOUT);
    assertThat(request.failIfNoEngine()).isTrue();
  }

  @Test
  @InjectMojo(goal = "verify", pom = DEFAULTS)
  void withoutABuildOrAnImageItSaysToBuildOrNameOne(VerifyMojo mojo) throws Exception {
    File outputDirectory = MojoExtension.getVariableValueFromObject(mojo, "outputDirectory");
    Files.deleteIfExists(outputDirectory.toPath().resolve("image.tar"));
    Files.deleteIfExists(outputDirectory.toPath().resolve("image.source"));

    assertThatThrownBy(mojo::request)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("entrypoint:build has not run")
        .hasMessageContaining("-Dentrypoint.image");
  }

  @Test
  @InjectMojo(goal = "verify", pom = DEFAULTS)
  void engineFlagPropertiesAreSplitAsAShellSplitsThem(VerifyMojo mojo) throws Exception {
    MojoExtension.setVariableValueToObject(mojo, "image", "docker://app:1");
    MavenSession session = MojoExtension.getVariableValueFromObject(mojo, "session");
    session
        .getUserProperties()
        .setProperty("entrypoint.podman.globalFlags", "--runtime runc --storage-opt 'a b'");
    session.getUserProperties().setProperty("entrypoint.docker.executable", "/opt/docker");

    EngineSettings settings = mojo.request().engines().get(0);

    assertThat(settings.options(EngineKind.PODMAN).globalFlags())
        .containsExactly("--runtime", "runc", "--storage-opt", "a b");
    assertThat(settings.options(EngineKind.DOCKER).executable()).isEqualTo("/opt/docker");
  }

  @Test
  @InjectMojo(goal = "verify", pom = DEFAULTS)
  @MojoParameter(name = "engines", value = "docker,kubernetes")
  void anUnknownEngineNamesTheElementAndTheChoices(VerifyMojo mojo) throws Exception {
    assertThatThrownBy(mojo::request)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<engines> (entrypoint.engines) is 'kubernetes'")
        .hasMessageContaining("'docker' or 'podman'");
  }

  @Test
  @InjectMojo(goal = "verify", pom = DEFAULTS)
  @MojoParameter(name = "skipITs", value = "true")
  @MojoParameter(name = "image", value = "tar://does-not-exist.tar")
  void skipItsSkipsBeforeLookingAtTheImageOrAnEngine(VerifyMojo mojo) throws Exception {
    List<String> logged = new ArrayList<>();
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            logged.add(content.toString());
          }
        });

    mojo.execute();

    assertThat(logged).containsExactly("Skipping entrypoint:verify (skipITs)");
  }

  @Test
  @InjectMojo(goal = "verify", pom = DEFAULTS)
  @MojoParameter(name = "timeout", value = "soon")
  void aBadTimeoutNamesTheElementAndTheFormat(VerifyMojo mojo) throws Exception {
    assertThatThrownBy(mojo::request)
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "<timeout> (entrypoint.verify.timeout) is 'soon', which is not a duration: write a positive"
                + " number with a unit, such as 500ms, 10s, 2m or 1h (a number alone is seconds).");
  }
}
