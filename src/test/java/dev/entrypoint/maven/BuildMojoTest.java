package dev.entrypoint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.build.ExtraDirectory;
import dev.entrypoint.build.ExtraFilePermissions;
import dev.entrypoint.build.ImageBuildRequest;
import dev.entrypoint.build.ImageTarget;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.project.ManifestFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

@MojoTest
class BuildMojoTest {

  private static final String CONFIGURED = "src/test/resources/unit/build-config/pom.xml";
  private static final String DEFAULTS = "src/test/resources/unit/build-defaults/pom.xml";

  @Test
  @InjectMojo(goal = "build", pom = CONFIGURED)
  void injectsBaseTargetAndCredentialsSettings(BuildMojo mojo) throws Exception {
    ImageBuildRequest request = mojo.request();

    assertThat(request.base().kind()).isEqualTo(BaseImage.Kind.TAR);
    assertThat(request.base().reference()).endsWith("base/image.tar");
    assertThat(request.jlinkModules()).isEqualTo(Set.of("java.base"));
    assertThat(request.target().kind()).isEqualTo(ImageTarget.Kind.REGISTRY);
    assertThat(request.target().allNames())
        .containsExactly(
            "registry.example:5000/team/app:2.0",
            "registry.example:5000/team/app:latest",
            "registry.example:5000/team/app:stable");
    assertThat(request.allowInsecureRegistries()).isTrue();
  }

  @Test
  @InjectMojo(goal = "build", pom = CONFIGURED)
  void injectsTheContainerSettings(BuildMojo mojo) throws Exception {
    ContainerSettings container = mojo.request().container();

    assertThat(container.launch()).isEqualTo(LaunchContract.COMMAND);
    assertThat(container.cmd()).containsExactly("/app/run", "--port", "8080");
    assertThat(container.entrypoint()).isNull();
    assertThat(container.environment()).isEqualTo(Map.of("GREETING", "hello world"));
    assertThat(container.ports()).containsExactly("8080", "9000/udp");
    assertThat(container.labels()).isEqualTo(Map.of("team", "core"));
    assertThat(container.user()).isEqualTo("1000:1000");
    assertThat(container.workingDirectory()).isEqualTo("/app");
    assertThat(container.volumes()).containsExactly("/data");
    assertThat(container.format()).isEqualTo(ManifestFormat.DOCKER);
    assertThat(container.creationTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  @InjectMojo(goal = "build", pom = CONFIGURED)
  void injectsTheJavaApplication(BuildMojo mojo) throws Exception {
    JavaApplication app = mojo.request().application().orElseThrow();

    // No compiler release in the pom: Jib's signal says before Java 9, so no argument file.
    assertThat(app.javaCommand("demo.Main"))
        .containsExactly("java", "-Xmx64m", "-cp", "/app/resources:/app/classes", "demo.Main");
  }

  @Test
  @InjectMojo(goal = "build", pom = CONFIGURED)
  void injectsJibsExtraDirectories(BuildMojo mojo) throws Exception {
    MavenProject project = MojoExtension.getVariableValueFromObject(mojo, "project");
    Path basedir = project.getBasedir().toPath();

    ImageBuildRequest request = mojo.request();

    assertThat(request.extraDirectories())
        .containsExactly(
            ExtraDirectory.at(basedir.resolve("src/main/jib")),
            new ExtraDirectory(
                basedir.resolve("config"),
                "/etc/app",
                List.of("*.conf", "**/*.conf"),
                List.of("secret.conf")));
    assertThat(request.extraFilePermissions())
        .isEqualTo(ExtraFilePermissions.of(Map.of("/etc/app/*.conf", "640")));
  }

  @Test
  @InjectMojo(goal = "build", pom = DEFAULTS)
  void defaultsToAJlinkBaseATarballAndTheArgumentsContract(BuildMojo mojo) throws Exception {
    ImageBuildRequest request = mojo.request();
    MavenProject project = MojoExtension.getVariableValueFromObject(mojo, "project");

    assertThat(request.base().kind()).isEqualTo(BaseImage.Kind.JLINK);
    assertThat(request.target().kind()).isEqualTo(ImageTarget.Kind.TAR);
    assertThat(request.target().allNames())
        .containsExactly(project.getArtifactId() + ":" + project.getVersion());
    assertThat(request.container().launch()).isEqualTo(LaunchContract.ARGUMENTS);
    assertThat(request.container().format()).isEqualTo(ManifestFormat.OCI);
    assertThat(request.container().creationTime()).isEqualTo(Instant.EPOCH);
    assertThat(request.outputDir().toString().replace('\\', '/')).endsWith("target/entrypoint");
    assertThat(request.extraFiles())
        .hasValueSatisfying(
            dir -> assertThat(dir.toString().replace('\\', '/')).endsWith("src/main/image"));
  }

  @Test
  @InjectMojo(goal = "build", pom = DEFAULTS)
  @MojoParameter(name = "target", value = "cloud")
  void unknownTargetNamesTheElementAndTheChoices(BuildMojo mojo) throws Exception {
    assertThatThrownBy(mojo::request)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<target> is 'cloud'")
        .hasMessageContaining("'tar'");
  }

  @Test
  @InjectMojo(goal = "build", pom = DEFAULTS)
  void userPropertiesOverrideNestedSettings(BuildMojo mojo) throws Exception {
    org.apache.maven.execution.MavenSession session =
        MojoExtension.getVariableValueFromObject(mojo, "session");
    session.getUserProperties().setProperty("entrypoint.from.image", "scratch");
    session.getUserProperties().setProperty("entrypoint.container.launch", "command");
    session.getUserProperties().setProperty("entrypoint.container.entrypoint", "/bin/app --flag");
    session.getUserProperties().setProperty("entrypoint.to.tags", "a, b");

    ImageBuildRequest request = mojo.request();

    assertThat(request.base().kind()).isEqualTo(BaseImage.Kind.SCRATCH);
    assertThat(request.container().launch()).isEqualTo(LaunchContract.COMMAND);
    assertThat(request.container().entrypoint()).isEqualTo(List.of("/bin/app", "--flag"));
    assertThat(request.target().tags()).containsExactly("a", "b");
  }
}
