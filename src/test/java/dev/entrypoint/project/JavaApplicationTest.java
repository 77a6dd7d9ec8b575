package dev.entrypoint.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java command and classpath as Jib 3.5 writes them. */
class JavaApplicationTest {

  @TempDir Path dir;

  private JavaApplication application(int javaVersion, Path... jars) {
    return new JavaApplication(
        dir.resolve("classes"),
        java.util.Arrays.stream(jars)
            .map(jar -> new Dependency(jar, Dependency.Kind.RELEASE))
            .toList(),
        "demo.Main",
        List.of("-Xmx64m"),
        javaVersion,
        "/app");
  }

  private Path jar(String path, int size) throws IOException {
    Path jar = dir.resolve(path);
    Files.createDirectories(jar.getParent());
    return Files.write(jar, new byte[size]);
  }

  @Test
  void forJava9AndLaterTheClasspathIsReadFromJibsClasspathFile() throws IOException {
    assertThat(application(9, jar("a.jar", 1)).javaCommand("demo.Main"))
        .containsExactly("java", "-Xmx64m", "-cp", "@/app/jib-classpath-file", "demo.Main");
  }

  @Test
  void beforeJava9TheClasspathIsWrittenOutInMavensOrder() throws IOException {
    assertThat(application(8, jar("zebra.jar", 1), jar("alpha.jar", 1)).javaCommand("demo.Main"))
        .containsExactly(
            "java",
            "-Xmx64m",
            "-cp",
            "/app/resources:/app/classes:/app/libs/zebra.jar:/app/libs/alpha.jar",
            "demo.Main");
  }

  @Test
  void jarsThatShareAFileNameGetTheirSizeInTheNameAsJibNamesThem() throws IOException {
    JavaApplication application =
        application(17, jar("g1/core-1.0.jar", 3), jar("other.jar", 1), jar("g2/core-1.0.jar", 5));

    assertThat(application.jarNames())
        .containsExactly("core-1.0-3.jar", "other.jar", "core-1.0-5.jar");
    assertThat(application.classpath())
        .containsExactly(
            "/app/resources",
            "/app/classes",
            "/app/libs/core-1.0-3.jar",
            "/app/libs/other.jar",
            "/app/libs/core-1.0-5.jar");
  }

  @Test
  void theFilesLiveUnderTheAppRoot() {
    JavaApplication atRoot = new JavaApplication(dir, List.of(), null, List.of(), 17, "/");

    assertThat(atRoot.classpathFile()).isEqualTo("/jib-classpath-file");
    assertThat(atRoot.mainClassFile()).isEqualTo("/jib-main-class-file");
  }
}
