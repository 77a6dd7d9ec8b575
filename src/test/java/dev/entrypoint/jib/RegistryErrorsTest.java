package dev.entrypoint.jib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class RegistryErrorsTest {

  @Test
  void theHttpStatusIsFoundAmongTheCauses() throws Exception {
    Exception failure = new ExecutionException(new IOException(JibExceptions.status(404)));

    assertThat(RegistryErrors.httpStatus(failure)).hasValue(404);
  }

  @Test
  void aFailureWithoutAnAnswerHasNoStatus() {
    assertThat(RegistryErrors.httpStatus(new IOException("stream closed"))).isEmpty();
  }

  @Test
  void credentialsHeldBackAreToldWithJibsMessage() throws Exception {
    Exception notSent = JibExceptions.credentialsNotSent("registry.example:5000", "team/app");

    assertThat(RegistryErrors.credentialsNotSent(new ExecutionException(notSent)))
        .hasValue(notSent.getMessage());
    assertThat(notSent.getMessage()).contains("registry.example:5000");
    assertThat(RegistryErrors.credentialsNotSent(JibExceptions.status(401))).isEmpty();
  }
}
