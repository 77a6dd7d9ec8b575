package dev.entrypoint.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShellWrapperTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "sh -c script $0 $1 => sh -c",
        "/bin/bash -ec script => /bin/bash -ec",
        "bash -o pipefail -c script => bash -o pipefail -c",
        "busybox sh -c script => busybox sh -c",
        "/bin/busybox sh -x -c script => /bin/busybox sh -x -c"
      })
  void aShellItsOptionsAndDashCStartAScript(String argv, String shell) {
    assertThat(ShellWrapper.of(words(argv))).hasValue(new ShellWrapper(words(shell), "script"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "java -c script",
        "/usr/bin/env -c script",
        "busybox -c script",
        "sh script",
        "sh"
      })
  void otherArgvsAreNoWrapper(String argv) {
    assertThat(ShellWrapper.of(words(argv))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sh -c", "bash -ec"})
  void aWrapperEndingAtDashCAwaitsItsScript(String argv) {
    assertThat(ShellWrapper.of(words(argv)))
        .hasValueSatisfying(wrapper -> assertThat(wrapper.awaitsScript()).isTrue());
  }

  private static List<String> words(String argv) {
    return Arrays.asList(argv.split(" "));
  }
}
