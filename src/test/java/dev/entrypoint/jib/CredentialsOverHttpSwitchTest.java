package dev.entrypoint.jib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CredentialsOverHttpSwitchTest {

  /** The system property jib-core reads; a new name in an upgrade fails this test. */
  private static final String PROPERTY = "sendCredentialsOverHttp";

  @AfterEach
  void clear() {
    System.clearProperty(PROPERTY);
  }

  @Test
  void turnedOnForABuildThenPutBackAsItWas() {
    System.setProperty(PROPERTY, "false");
    CredentialsOverHttpSwitch sendOverHttp = CredentialsOverHttpSwitch.remember();

    sendOverHttp.turnOn();
    assertThat(System.getProperty(PROPERTY)).isEqualTo("true");
    sendOverHttp.restore();

    assertThat(System.getProperty(PROPERTY)).isEqualTo("false");
  }

  @Test
  void aSwitchThatWasUnsetIsUnsetAgain() {
    CredentialsOverHttpSwitch sendOverHttp = CredentialsOverHttpSwitch.remember();

    sendOverHttp.turnOn();
    sendOverHttp.restore();

    assertThat(System.getProperty(PROPERTY)).isNull();
  }
}
