package dev.entrypoint.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The verifier on real Docker and Podman, with image tarballs built offline on the busybox fixture:
 * each tarball is loaded into both engines, verified, and removed again with every container.
 */
class VerifierEngineIT {

  /** A server in exec form: handles SIGTERM, answers HTTP on 8080, prints its arguments. */
  private static final String SERVER =
      "ENTRYPOINT [\"/bin/sh\", \"-c\", \"trap 'echo stopping; exit 0' TERM;"
          + " echo started \\\"$@\\\"; while true; do printf 'HTTP/1.1 200 OK\\\\r\\\\nContent-Length: 5\\\\r\\\\n\\\\r\\\\nhello'"
          + " | nc -l -p 8080 >/dev/null & wait $!; done\", \"server\"]";

  /** A shell-form ENTRYPOINT whose shell stays PID 1: arguments and SIGTERM never reach sleep. */
  private static final String SHELL_FORM = "ENTRYPOINT sleep 1000; echo done";

  /** A default command that stops on SIGTERM. */
  private static final String COMMAND =
      "CMD [\"/bin/sh\", \"-c\", \"trap 'exit 0' TERM; sleep 1000 & wait\"]";

  @TempDir static Path images;

  private static Path server;
  private static Path shellForm;
  private static Path command;

  @BeforeAll
  static void buildTarballs() throws Exception {
    server = tarball("server", SERVER);
    shellForm = tarball("shell-form", SHELL_FORM);
    command = tarball("command", COMMAND);
  }

  @Test
  void aServerKeepsItsContractAndPassesDeclaredScenariosOnDockerAndPodman() throws Exception {
    VerifyRequest request =
        bothEngines(server)
            .contract(LaunchContract.ARGUMENTS)
            .scenario(
                Scenario.declared(
                    "answers-http",
                    Invocation.run("one"),
                    Map.of(),
                    List.of(),
                    Expectation.none()
                        .http(
                            new HttpExpectation(8080, "/", 200, "^hel+o$", Duration.ofSeconds(30)))
                        .stdout("started one")
                        .stopsWithin(Duration.ofSeconds(5))))
            .scenario(
                Scenario.declared(
                    "entrypoint-echo",
                    Invocation.runWithEntrypoint("echo", "Rocks!!"),
                    Map.of(),
                    List.of(),
                    Expectation.none()
                        .exitCode(0)
                        .stdout("^Rocks!!$")
                        .argv(List.of("echo", "Rocks!!"))))
            .scenario(
                Scenario.declared(
                    "environment",
                    Invocation.runWithEntrypoint("sh", "-c", "echo $GREETING >&2; exit 3"),
                    Map.of("GREETING", "hi there"),
                    List.of(),
                    Expectation.none().exitCode(3).stderr("^hi there$")))
            .build();

    VerifyReport report = verify(request);

    assertThat(report.failures())
        .withFailMessage(() -> String.join("\n", VerifyConsoleReport.failures(report)))
        .isEmpty();
    assertThat(report.results()).hasSize(2 * (4 + 3));
    assertThat(report.engines())
        .extracting(VerifyReport.EngineRun::engine)
        .containsExactly(EngineKind.DOCKER, EngineKind.PODMAN);
    assertLeftNothing("server");
  }

  @Test
  void aShellFormEntrypointIgnoresArgumentsAndIsKilledOnStop() throws Exception {
    VerifyReport report =
        verify(
            bothEngines(shellForm)
                .contract(LaunchContract.ARGUMENTS)
                .stopTimeout(Duration.ofSeconds(2))
                .build());

    assertThat(report.failures())
        .extracting(result -> result.scenario().name() + "@" + result.engine().command())
        .containsExactlyInAnyOrder(
            "arguments-reach-entrypoint@docker",
            "graceful-stop@docker",
            "arguments-reach-entrypoint@podman",
            "graceful-stop@podman");
    assertThat(report.failures())
        .allSatisfy(
            failure -> assertThat(failure.status()).isEqualTo(ScenarioResult.Status.FAILED));
    assertThat(observed(report, "arguments-reach-entrypoint"))
        .contains("/bin/sh -c runs only 'sleep 1000; echo done'")
        .contains("$0, $1");
    assertThat(observed(report, "graceful-stop"))
        .contains("still running 2.0 s after SIGTERM: killed (exit code 137)")
        .contains("PID 1 is /bin/sh -c");
    assertLeftNothing("shell-form");
  }

  @Test
  void aHangingContainerFailsAtTheTimeoutAndIsRemoved() throws Exception {
    VerifyReport report =
        verify(
            bothEngines(command)
                .contract(LaunchContract.COMMAND)
                .contractScenarios(false)
                .timeout(Duration.ofSeconds(3))
                .scenario(
                    Scenario.declared(
                        "hangs",
                        Invocation.run("sleep", "1000"),
                        Map.of(),
                        List.of(),
                        Expectation.none().exitCode(0)))
                .build());

    assertThat(report.results())
        .hasSize(2)
        .allSatisfy(
            result -> {
              assertThat(result.status()).isEqualTo(ScenarioResult.Status.FAILED);
              assertThat(result.mismatches().get(0).observed())
                  .startsWith("still running after 3.0 s");
              assertThat(result.duration()).isLessThan(Duration.ofSeconds(20));
            });
    assertLeftNothing("command");
  }

  @Test
  void aCommandImageHasItsCommandReplacedAndReportsAreWritten(@TempDir Path reports)
      throws Exception {
    VerifyReport report = verify(bothEngines(command).contract(LaunchContract.COMMAND).build());
    VerifyReportFiles.write(report, reports);

    assertThat(report.passed())
        .withFailMessage(() -> String.join("\n", VerifyConsoleReport.failures(report)))
        .isTrue();
    assertThat(report.results())
        .extracting(result -> result.scenario().name())
        .contains("command-replaces-cmd");
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(reports.resolve(VerifyReportFiles.JUNIT_XML).toFile());
    assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(report.results().size());
    assertThat(Files.readString(reports.resolve(VerifyReportFiles.JSON)))
        .contains("\"passed\" : true");
  }

  @Test
  void aRegistryImageOnPlainHttpAsksForAllowInsecureRegistries() {
    VerifyRequest request =
        VerifyRequest.builder()
            .image(ImageSource.registry("localhost:5555/team/app:1"))
            .engine(EngineSettings.of(EngineChoice.DOCKER))
            .build();

    assertThatThrownBy(() -> new Verifier(BuildLog.silent()).verify(request))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "The registry localhost:5555 does not answer on HTTPS with a trusted certificate, so"
                + " localhost:5555/team/app:1 was not read.")
        .hasMessageContaining("<allowInsecureRegistries>true</allowInsecureRegistries>");
  }

  @Test
  void aNameTheLoadTakesFromAnImageOfTheEngineIsGivenBackToIt() throws Exception {
    Path restore = tarball("restore", COMMAND);
    String name = "ep-verify-it-restore:1";
    run(List.of("docker", "tag", TestImages.busyboxInDocker(), name));
    try {
      String before = imageId(name);
      verify(
          VerifyRequest.builder()
              .image(ImageSource.tar(restore))
              .engine(EngineSettings.of(EngineChoice.DOCKER))
              .contract(LaunchContract.COMMAND)
              .contractScenarios(false)
              .scenario(
                  Scenario.declared(
                      "runs",
                      Invocation.run("true"),
                      Map.of(),
                      List.of(),
                      Expectation.none().exitCode(0)))
              .build());

      assertThat(imageId(name)).isEqualTo(before);
    } finally {
      TestImages.run(List.of("docker", "rmi", name));
    }
  }

  private static String imageId(String name) throws IOException, InterruptedException {
    return TestImages.run(List.of("docker", "image", "inspect", "--format", "{{.Id}}", name))
        .output()
        .strip();
  }

  private static VerifyRequest.Builder bothEngines(Path tarball) {
    return VerifyRequest.builder()
        .image(ImageSource.tar(tarball))
        .engine(EngineSettings.of(EngineChoice.DOCKER))
        .engine(EngineSettings.of(EngineChoice.PODMAN))
        .parallel(4);
  }

  private static VerifyReport verify(VerifyRequest request) throws InterruptedException {
    VerifyReport report = new Verifier(BuildLog.silent()).verify(request).orElseThrow();
    VerifyConsoleReport.table(report).forEach(System.out::println);
    return report;
  }

  private static String observed(VerifyReport report, String scenario) {
    return report.failures().stream()
        .filter(result -> result.scenario().name().equals(scenario))
        .findFirst()
        .orElseThrow()
        .mismatches()
        .get(0)
        .observed();
  }

  /** No container named after the image and no copy of the image is left in either engine. */
  private static void assertLeftNothing(String name) throws Exception {
    for (EngineKind engine : EngineKind.values()) {
      String containers =
          TestImages.run(
                  List.of(
                      engine.command(),
                      "ps",
                      "-a",
                      "--format",
                      "{{.Names}}",
                      "--filter",
                      "name=ep-verify-it-" + name))
              .output();
      String loaded =
          TestImages.run(
                  List.of(
                      engine.command(),
                      "images",
                      "--format",
                      "{{.Repository}}",
                      "--filter",
                      "reference=*ep-verify-it-" + name))
              .output();
      assertThat(containers.strip()).as("containers left on %s", engine).isEmpty();
      assertThat(loaded.strip()).as("images left on %s", engine).isEmpty();
    }
  }

  /**
   * Builds {@code ep-verify-it-NAME:1} in Docker on busybox, saves it as a tarball and removes it
   * again.
   */
  private static Path tarball(String name, String instruction)
      throws IOException, InterruptedException {
    String tag = "ep-verify-it-" + name + ":1";
    Path context = Files.createDirectories(images.resolve(name));
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM " + TestImages.busyboxInDocker() + "\n" + instruction + "\n");
    Path tar = images.resolve(name + ".tar");
    try {
      run(
          List.of(
              "env",
              "DOCKER_BUILDKIT=0",
              "docker",
              "build",
              "--quiet",
              "--tag",
              tag,
              context.toString()));
      run(List.of("docker", "save", "-o", tar.toString(), tag));
    } finally {
      TestImages.run(List.of("docker", "rmi", tag));
    }
    return tar;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    TestImages.Result result = TestImages.run(command);
    if (result.exitCode() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + result.output());
    }
  }
}
