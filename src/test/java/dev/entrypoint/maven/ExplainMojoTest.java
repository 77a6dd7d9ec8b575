package dev.entrypoint.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

@MojoTest
class ExplainMojoTest {

  private static final String PROJECT = "src/test/resources/unit/check-project/pom.xml";

  @Test
  @InjectMojo(goal = "explain", pom = PROJECT)
  void anEngineThatDoesNotAnswerSaysHowToStartOneAndHowToDoWithout(ExplainMojo mojo)
      throws Exception {
    EngineConfiguration docker = new EngineConfiguration();
    docker.executable = "/nonexistent/ep-ra-docker";
    MojoExtension.setVariableValueToObject(mojo, "docker", docker);
    MojoExtension.setVariableValueToObject(mojo, "image", "docker://ep-ra-absent:1");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("/nonexistent/ep-ra-docker")
        .hasMessageContaining("To start one")
        .hasMessageContaining("from a tarball (tar://PATH)");
  }
}
