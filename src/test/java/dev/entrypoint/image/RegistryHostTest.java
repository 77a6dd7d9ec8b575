package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryHostTest {

  @Test
  void loopbackHostsAreRecognised() {
    assertThat(RegistryHost.isLoopback("localhost:5555")).isTrue();
    assertThat(RegistryHost.isLoopback("LOCALHOST")).isTrue();
    assertThat(RegistryHost.isLoopback("127.0.0.1:5000")).isTrue();
    assertThat(RegistryHost.isLoopback("[::1]:5000")).isTrue();
  }

  @Test
  void otherHostsAreNot() {
    assertThat(RegistryHost.isLoopback("registry.example:5000")).isFalse();
    assertThat(RegistryHost.isLoopback("localhost.example.com")).isFalse();
    assertThat(RegistryHost.isLoopback("10.0.0.1:5000")).isFalse();
  }

  @Test
  void credentialsGoOverHttpOnlyToALoopbackRegistryWhenInsecureRegistriesAreAllowed() {
    assertThat(RegistryHost.mayReceiveCredentialsOverHttp("localhost:5555", true)).isTrue();
    assertThat(RegistryHost.mayReceiveCredentialsOverHttp("localhost:5555", false)).isFalse();
    assertThat(RegistryHost.mayReceiveCredentialsOverHttp("registry.example:5000", true)).isFalse();
  }
}
