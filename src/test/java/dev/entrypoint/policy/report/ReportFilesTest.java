package dev.entrypoint.policy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @TempDir Path root;

  @Test
  void writesTheThreeReportsAndReturnsTheirPaths() throws IOException {
    Path directory = root.resolve("target/entrypoint");

    var files =
        ReportFiles.write(ReportFixture.report(), ReportFixture.POLICY, "1.2.3", root, directory);

    assertThat(files)
        .containsExactly(
            directory.resolve("check.sarif"),
            directory.resolve("check.xml"),
            directory.resolve("check.json"));
    assertThat(directory.resolve("check.sarif")).content().contains("\"version\" : \"2.1.0\"");
    assertThat(directory.resolve("check.xml")).content().startsWith("<?xml");
    assertThat(directory.resolve("check.json")).content().contains("\"failOn\" : \"error\"");
  }

  @Test
  void aReportWrittenInTheBackgroundThatCannotBeWrittenFailsTheCallWithItsIoError()
      throws IOException {
    Path directory = root.resolve("target/entrypoint");
    Files.createDirectories(directory.resolve("check.json/occupied"));

    assertThatThrownBy(
            () ->
                ReportFiles.write(
                    ReportFixture.report(), ReportFixture.POLICY, "1.2.3", root, directory))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("check.json");
  }
}
