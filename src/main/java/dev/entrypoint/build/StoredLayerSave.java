package dev.entrypoint.build;

import dev.entrypoint.BuildLog;
import dev.entrypoint.jib.OwnDockerClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code docker save} of a {@code docker://} base for a tarball or the daemon, with each layer in a
 * stored gzip member ({@link StoredLayers}) instead of the plain tar Docker writes: jib-core takes
 * layers that are gzip already as they come, so it no longer compresses the base, about half of a
 * cold build, and Docker and Podman load such layers as any other.
 *
 * <p>The layers are known by their names as the stream goes by: {@code ID/layer.tar} (Docker before
 * 25), or a file named by a diff ID of the image (Docker 25 and later, Podman), as a plain layer's
 * digest is its diff ID. When the tarball's manifest lists a layer that was not stored so (a layout
 * this save does not know), the image is saved again as jib-core saves it, and compressed by
 * jib-core as before.
 */
final class StoredLayerSave implements OwnDockerClient.Save {

  private static final String LEGACY_LAYER = "/layer.tar";

  private final DockerCli docker;
  private final BuildLog log;

  StoredLayerSave(DockerCli docker, BuildLog log) {
    this.docker = docker;
    this.log = log;
  }

  @Override
  public void save(OwnDockerClient.Saving saving) throws InterruptedException, IOException {
    Set<String> diffIds = new HashSet<>();
    for (String diffId : saving.diffIds()) {
      diffIds.add(diffId.substring(diffId.indexOf(':') + 1));
    }
    Path errors =
        Files.createTempFile(saving.output().toAbsolutePath().getParent(), "save", ".err");
    ProcessBuilder saver =
        new ProcessBuilder(docker.command("save", saving.image())).redirectError(errors.toFile());
    saver.environment().putAll(docker.environment());
    Process process = saver.start();
    StoredLayers saved;
    try {
      try (InputStream in = process.getInputStream();
          OutputStream out = Files.newOutputStream(saving.output())) {
        saved = StoredLayers.copy(in, out, name -> isLayer(name, diffIds), saving::saved);
      } catch (IOException e) {
        // docker save may have stopped first (its message says why), or the copy did.
        process.destroyForcibly().waitFor();
        if (e instanceof InterruptedIOException) {
          throw new InterruptedException("interrupted while saving " + saving.image());
        }
        String said = Files.readString(errors).strip();
        throw said.isEmpty() ? e : failed(saving, said, e);
      }
      if (process.waitFor() != 0) {
        throw failed(saving, Files.readString(errors).strip(), null);
      }
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(errors);
    }
    if (saved.storedAll()) {
      log.debug("docker save: " + saved.stored() + " layer(s) of the base stored in gzip");
      return;
    }
    log.debug(
        "docker save of "
            + saving.image()
            + " lists layers in a layout this build does not know; saving it as jib-core does");
    saving.saveAsJib();
  }

  private static IOException failed(OwnDockerClient.Saving saving, String said, IOException cause) {
    return new IOException("'docker save " + saving.image() + "' failed: " + said, cause);
  }

  private static boolean isLayer(String name, Set<String> diffIds) {
    if (name.endsWith(LEGACY_LAYER)) {
      return true;
    }
    String file = name.substring(name.lastIndexOf('/') + 1);
    return diffIds.contains(file.endsWith(".tar") ? file.substring(0, file.length() - 4) : file);
  }
}
