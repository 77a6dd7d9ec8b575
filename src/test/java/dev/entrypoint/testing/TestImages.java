package dev.entrypoint.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Offline base images for tests that run a real engine: no registry is reachable here, so the tests
 * make their own from Debian's static busybox.
 */
public final class TestImages {

  /** A Docker image holding only {@code /bin/busybox} and its applets as symlinks in /bin. */
  public static final String BUSYBOX = "entrypoint-test/busybox:1";

  private static final Path BUSYBOX_BINARY = Path.of("/bin/busybox");
  private static final List<String> APPLETS =
      List.of(
          "sh", "echo", "cat", "ls", "env", "sleep", "true", "false", "printf", "test", "wget",
          "nc");

  private TestImages() {}

  /** Makes {@link #BUSYBOX} in Docker unless it is there already, and returns its name. */
  public static synchronized String busyboxInDocker() throws IOException, InterruptedException {
    if (run(List.of("docker", "image", "inspect", BUSYBOX)).exitCode() == 0) {
      return BUSYBOX;
    }
    Path tar = Files.createTempFile("busybox-rootfs", ".tar");
    try {
      writeBusyboxRootfs(tar);
      Result imported = run(List.of("docker", "import", tar.toString(), BUSYBOX));
      if (imported.exitCode() != 0) {
        throw new IOException("docker import failed: " + imported.output());
      }
      return BUSYBOX;
    } finally {
      Files.deleteIfExists(tar);
    }
  }

  /** Copies a Docker image into Podman's storage ({@code docker save | podman load}). */
  public static void copyDockerImageToPodman(String image)
      throws IOException, InterruptedException {
    Path tar = Files.createTempFile("image", ".tar");
    try {
      Result saved = run(List.of("docker", "save", "-o", tar.toString(), image));
      if (saved.exitCode() != 0) {
        throw new IOException("docker save failed: " + saved.output());
      }
      Result loaded = run(List.of("podman", "load", "-q", "-i", tar.toString()));
      if (loaded.exitCode() != 0) {
        throw new IOException("podman load failed: " + loaded.output());
      }
    } finally {
      Files.deleteIfExists(tar);
    }
  }

  /** A root filesystem tar with busybox in /bin and an empty /tmp. */
  public static void writeBusyboxRootfs(Path tar) throws IOException {
    try (OutputStream out = Files.newOutputStream(tar);
        TarArchiveOutputStream archive = new TarArchiveOutputStream(out)) {
      directory(archive, "bin/", 0755);
      directory(archive, "tmp/", 01777);
      TarArchiveEntry busybox = new TarArchiveEntry(BUSYBOX_BINARY.toFile(), "bin/busybox");
      busybox.setMode(0100755);
      archive.putArchiveEntry(busybox);
      Files.copy(BUSYBOX_BINARY, archive);
      archive.closeArchiveEntry();
      for (String applet : APPLETS) {
        TarArchiveEntry link = new TarArchiveEntry("bin/" + applet, TarArchiveEntry.LF_SYMLINK);
        link.setLinkName("busybox");
        archive.putArchiveEntry(link);
        archive.closeArchiveEntry();
      }
    }
  }

  private static void directory(TarArchiveOutputStream archive, String name, int mode)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setMode(040000 | mode);
    archive.putArchiveEntry(entry);
    archive.closeArchiveEntry();
  }

  /** The exit code and combined output of a finished command. */
  public record Result(int exitCode, String output) {}

  /** Runs a command (an argument list, never a shell line) and waits up to two minutes. */
  public static Result run(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
