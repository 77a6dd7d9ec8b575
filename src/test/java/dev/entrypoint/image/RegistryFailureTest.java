package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InsecureRegistryException;
import dev.entrypoint.ConfigurationException;
import java.io.IOException;
import java.net.URL;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;

/**
 * Failures that take jib-core's client a minute of retries to reach (it retries a failed TLS
 * handshake ten times): their messages, from the exceptions it then throws.
 */
class RegistryFailureTest {

  @Test
  void aRegistryWithoutTrustedHttpsPointsAtAllowInsecureRegistries() throws Exception {
    ImageReference reference = ImageReference.parse("registry.example:5000/team/app:1.0");
    InsecureRegistryException failure =
        new InsecureRegistryException(
            new URL("https://registry.example:5000/v2/"),
            new SSLException("Unsupported or unrecognized SSL message"));

    assertThatThrownBy(() -> RegistryFailure.explain(failure, reference, Optional.empty()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "The registry registry.example:5000 does not answer on HTTPS with a trusted")
        .hasMessageContaining("<allowInsecureRegistries>true</allowInsecureRegistries>");
  }

  @Test
  void anythingElseIsAReadFailureThatNamesTheImage() throws Exception {
    ImageReference reference = ImageReference.parse("registry.example:5000/team/app:1.0");

    assertThat(
            RegistryFailure.explain(new IOException("stream closed"), reference, Optional.empty()))
        .hasMessageStartingWith(
            "Reading registry.example:5000/team/app:1.0 from the registry registry.example:5000")
        .hasMessageContaining("stream closed");
  }
}
