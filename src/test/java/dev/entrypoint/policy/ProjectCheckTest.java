package dev.entrypoint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.policy.rules.StandardRules;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.testing.FakeImageFiles;
import dev.entrypoint.testing.ImageTarballs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCheckTest {

  private static final Policy POLICY = Policy.builder(StandardRules.catalog(List.of())).build();

  @TempDir Path root;

  private ProjectCheck check(Path project) {
    return new ProjectCheck(POLICY, root, project, BaseImageLookup.unknown());
  }

  private static ImageConfig config(Path tar) throws IOException {
    try (ImageArchive archive = ImageArchive.open(tar)) {
      return archive.config();
    }
  }

  private JavaApplication application(String mainClass) {
    return new JavaApplication(
        root.resolve("target/classes"), List.of(), mainClass, List.of(), 17, "/app");
  }

  private static List<String> rules(InputReport report) {
    return report.findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void findingsNameFilesRelativeToTheDirectoryTheBuildRunsFrom() throws IOException {
    Path module = Files.createDirectories(root.resolve("services/api"));
    Path dockerfile =
        Files.writeString(module.resolve("Dockerfile"), "FROM scratch\nENTRYPOINT /app/run\n");

    List<InputReport> reports = check(module).dockerfiles(List.of(dockerfile));

    assertThat(reports)
        .singleElement()
        .satisfies(
            report -> {
              assertThat(report.path()).isEqualTo("services/api/Dockerfile");
              assertThat(report.findings())
                  .filteredOn(f -> f.ruleId().equals("shell-form-entrypoint"))
                  .singleElement()
                  .extracting(f -> f.location().toString())
                  .isEqualTo("services/api/Dockerfile:2");
            });
  }

  @Test
  void thePomInputPointsAtThePom() throws IOException {
    InputReport report =
        check(root)
            .declared(
                ContainerSettings.builder().entrypointShell("run").build(),
                BaseImage.parse("jlink", root),
                application(null),
                Optional.empty());

    assertThat(report.kind()).isEqualTo(InputReport.Kind.POM);
    assertThat(report.path()).isEqualTo("pom.xml");
    assertThat(rules(report)).contains("shell-form-entrypoint");
  }

  @Test
  void beforeTheClassesAreCompiledTheJavaCommandHasAPlaceholderMainClass() throws IOException {
    InputReport report =
        check(root)
            .declared(
                ContainerSettings.builder().build(),
                BaseImage.parse("jlink", root),
                application(null),
                Optional.empty());

    assertThat(report.launch().entrypoint())
        .containsExactly("java", "-cp", "@/app/jib-classpath-file", "MainClass");
  }

  @Test
  void compiledClassesWithoutAMainClassGiveNoJavaCommand() throws IOException {
    Files.createDirectories(root.resolve("target/classes"));

    InputReport report =
        check(root)
            .declared(
                ContainerSettings.builder().build(),
                BaseImage.parse("jlink", root),
                application(null),
                Optional.empty());

    assertThat(report.launch().entrypoint()).isNull();
    assertThat(rules(report)).contains("nothing-to-run");
  }

  @Test
  void aConfiguredMainClassIsTheJavaCommandsEvenBeforeCompiling() throws IOException {
    InputReport report =
        check(root)
            .declared(
                ContainerSettings.builder().build(),
                BaseImage.parse("jlink", root),
                application("demo.Main"),
                Optional.empty());

    assertThat(report.launch().entrypoint()).endsWith("demo.Main");
  }

  @Test
  void aDirectoryTheSearchCouldNotReadIsANote() {
    DockerfileDiscovery.Found found =
        new DockerfileDiscovery.Found(
            List.of(),
            List.of(
                new DockerfileDiscovery.Unreadable(
                    root.resolve("docker/private"), "permission denied")));

    assertThat(check(root).notes(found))
        .containsExactly(
            "could not search docker/private (permission denied), so no Dockerfile there was"
                + " checked. Make it readable to the build, or point <dockerfiles> past it.");
  }

  @Test
  void aBuiltImageIsCheckedWithItsFilesWhenTheyCanBeRead() throws IOException {
    Path tar = ImageTarballs.withLaunch(root, List.of("/app/run.sh"), null);
    FakeImageFiles files = FakeImageFiles.empty().executable("/bin/sh");

    InputReport report =
        check(root)
            .image(ImageSource.tar(tar), config(tar), Optional.of(files), LaunchContract.ARGUMENTS);

    assertThat(report.kind()).isEqualTo(InputReport.Kind.IMAGE);
    assertThat(report.path()).isEqualTo("base.tar");
    assertThat(rules(report)).contains("entrypoint-missing");
    assertThat(report.skippedRules()).isEmpty();
  }

  @Test
  void withoutItsFilesTheFileRulesAreSkipped() throws IOException {
    Path tar = ImageTarballs.withLaunch(root, List.of("/app/run.sh"), null);

    InputReport report =
        check(root)
            .image(ImageSource.tar(tar), config(tar), Optional.empty(), LaunchContract.ARGUMENTS);

    assertThat(report.skippedRules()).contains("entrypoint-missing", "entrypoint-not-executable");
    assertThat(report.checkedRules())
        .doesNotContain("entrypoint-missing")
        .contains("shell-form-entrypoint");
  }

  @Test
  void checksEachOfAThousandDockerfiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Path dir = Files.createDirectories(root.resolve("svc" + i));
      files.add(
          Files.writeString(
              dir.resolve("Dockerfile"),
              String.join(
                  "\n",
                  "# syntax=docker/dockerfile:1",
                  "ARG JDK=21",
                  "FROM eclipse-temurin:${JDK}-jdk AS build",
                  "WORKDIR /src",
                  "COPY . .",
                  "RUN ./mvnw -B package -DskipTests && \\",
                  "    cp target/*.jar /app.jar",
                  "FROM eclipse-temurin:${JDK}-jre",
                  "ENV JAVA_OPTS=\"-Xmx256m\" PORT=" + (8000 + i),
                  "COPY --from=build /app.jar /app/app.jar",
                  "EXPOSE " + (8000 + i),
                  "USER 10001",
                  i % 2 == 0
                      ? "ENTRYPOINT java $JAVA_OPTS -jar /app/app.jar"
                      : "ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]",
                  "CMD [\"--server.port=" + (8000 + i) + "\"]",
                  "")));
    }
    List<InputReport> reports = check(root).dockerfiles(files);

    assertThat(reports).hasSize(1000);
    assertThat(reports.get(0).findings())
        .extracting(Finding::ruleId)
        .contains("shell-form-entrypoint");
  }
}
