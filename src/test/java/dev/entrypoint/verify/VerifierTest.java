package dev.entrypoint.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerifierTest {

  @ParameterizedTest
  @CsvSource({
    "my-app:1.0, my-app-verify-",
    "localhost/ep-verify-server-cmd:1.0, ep-verify-server-cmd-verify-",
    "registry.example:5000/team/App_One@sha256:abc, app_one-verify-",
    "sha256:0123abc, sha256-verify-",
    "'', image-verify-"
  })
  void containersAreNamedAfterTheImage(String image, String prefix) {
    assertThat(Verifier.containerNamePrefix(image)).isEqualTo(prefix);
  }
}
