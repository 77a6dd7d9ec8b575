package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.builtImage;
import static dev.entrypoint.policy.rules.RuleCheck.launch;

import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.testing.FakeImageFiles;
import java.util.List;

/** Images and file trees shared by the tables of the rules that read an image's files. */
final class ImageFileRulesFixture {

  private ImageFileRulesFixture() {}

  /** A busybox-like tree: /bin/sh, /usr/bin/env, and the directories of the test PATH. */
  static FakeImageFiles busybox() {
    return FakeImageFiles.empty()
        .executable("/bin/busybox")
        .symlink("/bin/sh", "busybox")
        .executable("/usr/bin/env")
        .directory("/usr/local/bin");
  }

  /** A built image that runs {@code entrypoint} with {@code cmd}, in {@code /app}. */
  static ImageInput running(List<String> entrypoint, List<String> cmd) {
    return builtImage(launch(entrypoint, cmd)).workingDir("/app").build();
  }

  /** A script with LF line endings. */
  static String script(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
