package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostPlatformTest {

  @ParameterizedTest
  @CsvSource({
    "amd64, amd64",
    "x86_64, amd64",
    "aarch64, arm64",
    "arm64, arm64",
    "ppc64le, ppc64le",
    "S390X, s390x"
  })
  void theJvmsArchitectureNamesTheImagePlatform(String osArch, String image) {
    assertThat(HostPlatform.architecture(osArch)).isEqualTo(image);
  }
}
