package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sizes in the build summary read as Docker's CLI prints them: decimal units. */
class BuildSummarySizeTest {

  @Test
  void smallFilesAreCountedInBytes() {
    assertThat(BuildSummary.size(512)).isEqualTo("512 B");
  }

  @Test
  void kilobytesMegabytesAndGigabytesAreDecimal() {
    assertThat(BuildSummary.size(8_509)).isEqualTo("8.5 kB");
    assertThat(BuildSummary.size(45_685_760)).isEqualTo("45.7 MB");
    assertThat(BuildSummary.size(1_250_000_000L)).isEqualTo("1.25 GB");
  }
}
