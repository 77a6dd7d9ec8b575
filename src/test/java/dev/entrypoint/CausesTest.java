package dev.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class CausesTest {

  @Test
  void findsACauseWrappedSeveralTimes() {
    ConnectException refused = new ConnectException("Connection refused");
    Exception failure = new ExecutionException(new IOException("pull failed", refused));

    assertThat(Causes.find(failure, ConnectException.class)).isSameAs(refused);
    assertThat(Causes.find(failure, IOException.class)).isSameAs(failure.getCause());
  }

  @Test
  void findsNothingWhenNoCauseIsOfTheType() {
    assertThat(Causes.find(new IOException("disk full"), ConnectException.class)).isNull();
  }

  @Test
  void anUnknownHostOrARefusedConnectionIsUnreachableAnIoErrorIsNot() {
    assertThat(Causes.isUnreachable(new IOException(new UnknownHostException("registry.invalid"))))
        .isTrue();
    assertThat(Causes.isUnreachable(new ExecutionException(new ConnectException("refused"))))
        .isTrue();
    assertThat(Causes.isUnreachable(new IOException("disk full"))).isFalse();
  }
}
