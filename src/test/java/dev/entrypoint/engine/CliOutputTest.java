package dev.entrypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CliOutputTest {

  @Test
  void dockerLoadNamesTheTagsItLoaded() {
    assertThat(CliOutput.loadedImages("Loaded image: app:1\nLoaded image: app:latest\n"))
        .containsExactly("app:1", "app:latest");
  }

  @Test
  void anUntaggedImageIsNamedByItsId() {
    assertThat(CliOutput.loadedImages("Loaded image ID: sha256:3cc0bdfe\n"))
        .containsExactly("sha256:3cc0bdfe");
  }

  @Test
  void podmanNamesAShortNameUnderLocalhostAfterItsProgress() {
    String output =
        "Getting image source signatures\nCopying blob 5f70bf18a086 done\n"
            + "Writing manifest to image destination\nStoring signatures\nLoaded image: localhost/app:1\n";

    assertThat(CliOutput.loadedImages(output)).containsExactly("localhost/app:1");
  }

  @Test
  void olderPodmanListsTheImagesOnOneLine() {
    assertThat(CliOutput.loadedImages("Loaded image(s): localhost/app:1,localhost/app:2\n"))
        .containsExactly("localhost/app:1", "localhost/app:2");
  }

  @Test
  void hostPortIsTheNumberAfterTheLastColonOfTheFirstBinding() {
    assertThat(CliOutput.hostPort("[::]:49154\n0.0.0.0:49154\n", "port 8080")).isEqualTo(49154);
  }

  @Test
  void missingPortOutputSaysWhatWasAskedFor() {
    assertThatThrownBy(() -> CliOutput.hostPort("", "port 8080 of app-1"))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("port 8080 of app-1");
  }

  @Test
  void inspectOutputThatIsNotAnArrayIsAnEngineException() {
    assertThatThrownBy(() -> CliOutput.firstInspected("[]", "app:1"))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("app:1");
  }
}
