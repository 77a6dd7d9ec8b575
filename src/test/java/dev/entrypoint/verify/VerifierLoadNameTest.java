package dev.entrypoint.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.image.ImageSource;
import org.junit.jupiter.api.Test;

class VerifierLoadNameTest {

  @Test
  void aPinnedRegistryImageIsLoadedUnderItsRepositoryAndTheStartOfItsDigest() {
    String digest = "sha256:" + "ab12".repeat(16);

    assertThat(Verifier.loadName(ImageSource.registry("localhost:5555/team/app:1.0@" + digest)))
        .isEqualTo("localhost:5555/team/app:verify-ab12ab12ab12");
    assertThat(Verifier.loadName(ImageSource.registry("localhost:5555/team/app@" + digest)))
        .isEqualTo("localhost:5555/team/app:verify-ab12ab12ab12");
  }

  @Test
  void aTaggedRegistryImageKeepsItsName() {
    assertThat(Verifier.loadName(ImageSource.registry("localhost:5555/team/app:1.0")))
        .isEqualTo("localhost:5555/team/app:1.0");
  }
}
