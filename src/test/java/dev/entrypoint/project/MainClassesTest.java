package dev.entrypoint.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainClassesTest {

  @TempDir Path dir;

  /** Compiles {@code sources} (class name to body) into {@code dir/classes}. */
  private Path compiled(Map<String, String> sources) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString()));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      String name = source.getKey();
      Path file = src.resolve(name.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      int dot = name.lastIndexOf('.');
      String pkg = dot < 0 ? "" : "package " + name.substring(0, dot) + ";\n";
      Files.writeString(
          file, pkg + "public class " + name.substring(dot + 1) + " {" + source.getValue() + "}");
      arguments.add(file.toString());
    }
    int exit =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, arguments.toArray(String[]::new));
    assertThat(exit).isZero();
    return classes;
  }

  @Test
  void findsOnlyPublicStaticVoidMainOfStringArray() throws IOException {
    Path classes =
        compiled(
            Map.of(
                "demo.Server", "public static void main(String[] args) {}",
                "demo.Varargs",
                    "public static void main(String... args) { long l = 1L; double d = 2; }",
                "demo.Instance", "public void main(String[] args) {}",
                "demo.Hidden", "static void main(String[] args) {}",
                "demo.WrongArgs", "public static void main(String arg) {}",
                "Plain", "int x;"));

    assertThat(MainClasses.in(classes)).containsExactly("demo.Server", "demo.Varargs");
  }

  @Test
  void aConfiguredMainClassMustBeOneThatHasMain() throws IOException {
    Path classes =
        compiled(
            Map.of(
                "a.One", "public static void main(String[] args) {}",
                "a.Two", "public static void main(String[] args) {}"));
    JavaApplication application =
        new JavaApplication(classes, List.of(), "a.Three", List.of(), 17, "/app");

    assertThatThrownBy(application::mainClass)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<container><mainClass> is a.Three")
        .hasMessageContaining("a.One, a.Two");
  }

  @Test
  void severalMainClassesNeedAChoice() throws IOException {
    Path classes =
        compiled(
            Map.of(
                "a.One", "public static void main(String[] args) {}",
                "a.Two", "public static void main(String[] args) {}"));

    assertThatThrownBy(
            new JavaApplication(classes, List.of(), null, List.of(), 17, "/app")::mainClass)
        .hasMessageContaining("Several classes have a main method (a.One, a.Two)");
    assertThat(new JavaApplication(classes, List.of(), "a.Two", List.of(), 17, "/app").mainClass())
        .contains("a.Two");
  }

  @Test
  void noClassesMeansNoMainClass() throws IOException {
    assertThat(
            new JavaApplication(dir.resolve("none"), List.of(), null, List.of(), 17, "/app")
                .mainClass())
        .isEmpty();
  }
}
