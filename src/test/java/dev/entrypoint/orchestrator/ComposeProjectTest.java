package dev.entrypoint.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeProjectTest {

  @TempDir Path dir;

  private ComposeProject read(Map<String, String> environment, String... files) throws Exception {
    List<Path> paths = new java.util.ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      paths.add(Files.writeString(dir.resolve("compose" + i + ".yaml"), files[i]));
    }
    return ComposeProject.read(paths, path -> path.getFileName().toString(), environment);
  }

  @Test
  void interpolatesFromTheEnvironmentOverTheDotEnvFile() throws Exception {
    Files.writeString(
        dir.resolve(".env"), "# comment\nTAG=from-dotenv\nexport GREETING=\"hi there\"\n");
    ComposeService web =
        read(
                Map.of("TAG", "from-env"),
                "services:\n  web:\n    image: app:${TAG}\n    command: echo ${GREETING}\n")
            .service("web")
            .get();

    assertThat(web.image().get().reference()).isEqualTo("app:from-env");
    assertThat(web.command().get().words()).containsExactly("echo", "hi", "there");
  }

  @Test
  void aLaterFileReplacesWhatItSetsAndKeepsTheRest() throws Exception {
    ComposeService web =
        read(
                Map.of(),
                "services:\n  web:\n    image: app:1\n    command: [a]\n    environment: {A: 1}\n",
                "services:\n  web:\n    entrypoint: [e]\n    environment: {B: 2}\n")
            .service("web")
            .get();

    assertThat(web.image().get().reference()).isEqualTo("app:1");
    assertThat(web.command().get().words()).containsExactly("a");
    assertThat(web.entrypoint().get().where()).isEqualTo(new SourceLine("compose1.yaml", 3));
    assertThat(web.environment()).containsOnlyKeys("A", "B");
    assertThat(web.where().path()).isEqualTo("compose1.yaml");
  }

  @Test
  void aNullCommandIsNotSetAndAnEmptyOneIsEmpty() throws Exception {
    ComposeProject project =
        read(Map.of(), "services:\n  a:\n    command:\n  b:\n    command: \"\"\n");

    assertThat(project.service("a").get().command()).isEmpty();
    assertThat(project.service("b").get().command().get().isEmpty()).isTrue();
  }

  @Test
  void aNumberInACommandListIsRefusedAsComposeRefusesIt() throws Exception {
    CommandSetting command =
        read(Map.of(), "services:\n  web:\n    command: [sleep, 10]\n")
            .service("web")
            .get()
            .command()
            .get();

    assertThat(command.error())
        .isEqualTo(
            "services.web.command[1] is a number (10); Compose takes only strings here: quote it,"
                + " \"10\"");
  }

  @Test
  void anInterpolationErrorIsTheSettingsError() throws Exception {
    CommandSetting command =
        read(Map.of(), "services:\n  web:\n    command: echo ${TOKEN:?set TOKEN}\n")
            .service("web")
            .get()
            .command()
            .get();

    assertThat(command.error())
        .startsWith("services.web.command: required variable TOKEN is missing a value: set TOKEN");
  }

  @Test
  void notesAnUnsetVariableAndWhatCompose2Drops() throws Exception {
    CommandSetting command =
        read(Map.of(), "services:\n  web:\n    command: run $X && other\n")
            .service("web")
            .get()
            .command()
            .get();

    assertThat(command.words()).containsExactly("run");
    assertThat(command.notes())
        .containsExactly(
            "the variable X in command is not set where Compose runs (nor in .env), so Compose"
                + " puts an empty string in its place",
            "Compose v2 stops reading the string at the shell operator and drops \"&& other\""
                + " (Compose 1.29 passed those words on as arguments); no shell runs either way");
  }

  @Test
  void aFileThatIsNotAComposeFileNamesItsLine() {
    assertThatThrownBy(() -> read(Map.of(), "services:\n  - web\n"))
        .isInstanceOf(YamlFileException.class)
        .hasMessageStartingWith("compose0.yaml:1: 'services' is a list");
  }
}
