package dev.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnixPathTest {

  @ParameterizedTest
  @CsvSource({"./usr//bin/, /usr/bin", "usr/../../etc, /etc", "/, /", "'', /", "/a/./b/.., /a"})
  void normalizingIsLexicalAndNeverLeavesTheRoot(String path, String normalized) {
    assertThat(UnixPath.normalize(path)).isEqualTo(normalized);
  }

  @ParameterizedTest
  @CsvSource({
    "/app/lib, ../bin/java, /app/bin/java",
    "/app, ./run, /app/run",
    "'', run, /run",
    "/app, /usr/bin/../bin/java, /usr/bin/java",
    "/, ../../x, /x"
  })
  void aRelativePathResolvesAgainstTheDirectory(String directory, String path, String resolved) {
    assertThat(UnixPath.resolve(directory, path)).isEqualTo(resolved);
  }
}
