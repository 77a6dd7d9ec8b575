package dev.entrypoint.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrypoint.Json;
import dev.entrypoint.jib.StoredGzipOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A copy of a {@code docker save} tarball with its layers, plain tar files there, each in a stored
 * gzip member ({@link StoredGzipOutputStream}): jib-core takes layers that are gzip already as they
 * come, where it would compress plain ones, and Docker and Podman load them as any other. Made
 * entry by entry as the tarball streams by.
 */
final class StoredLayers {

  private static final String MANIFEST = "manifest.json";
  private static final int BUFFER = 1 << 16;

  private final Set<String> stored = new HashSet<>();
  private final Set<String> links = new HashSet<>();
  private byte[] manifest;

  private StoredLayers() {}

  /**
   * Copies the {@code docker save} tarball {@code in} to {@code out} (both buffered here), storing
   * in gzip the files {@code isLayer} names and copying every other entry as it is; tells {@code
   * progress} how many bytes were read. Closes neither stream.
   *
   * @throws InterruptedIOException when the thread is interrupted
   */
  static StoredLayers copy(
      InputStream in, OutputStream out, Predicate<String> isLayer, LongConsumer progress)
      throws IOException {
    StoredLayers copy = new StoredLayers();
    TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(in, BUFFER));
    BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
    TarArchiveOutputStream tarball = new TarArchiveOutputStream(buffered);
    tarball.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tarball.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    byte[] buffer = new byte[BUFFER];
    for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
      String name = entry.getName();
      if (entry.isFile() && isLayer.test(name)) {
        TarArchiveEntry layer = new TarArchiveEntry(name);
        layer.setMode(entry.getMode());
        layer.setModTime(entry.getModTime());
        layer.setSize(StoredGzipOutputStream.size(entry.getSize()));
        tarball.putArchiveEntry(layer);
        StoredGzipOutputStream gzip = new StoredGzipOutputStream(tarball, entry.getSize());
        transfer(tar, gzip, buffer, progress);
        gzip.finish();
        copy.stored.add(name);
      } else {
        tarball.putArchiveEntry(entry);
        if (name.equals(MANIFEST)) {
          copy.manifest = tar.readAllBytes();
          tarball.write(copy.manifest);
          progress.accept(copy.manifest.length);
        } else {
          transfer(tar, tarball, buffer, progress);
        }
        if (entry.isSymbolicLink()) {
          copy.links.add(name);
        }
      }
      tarball.closeArchiveEntry();
    }
    tarball.finish();
    buffered.flush();
    return copy;
  }

  /** How many layer files were stored in gzip. */
  int stored() {
    return stored.size();
  }

  /**
   * Whether the copy is whole for jib-core: every layer its manifest lists stored in gzip (or a
   * link to one), or none, as the tarball had them.
   */
  boolean storedAll() throws IOException {
    if (manifest == null) {
      return false;
    }
    if (stored.isEmpty()) {
      return true;
    }
    JsonNode layers = Json.read(manifest).path(0).path("Layers");
    if (!layers.isArray() || layers.isEmpty()) {
      return false;
    }
    for (JsonNode layer : layers) {
      if (!stored.contains(layer.asText()) && !links.contains(layer.asText())) {
        return false;
      }
    }
    return true;
  }

  private static void transfer(
      InputStream in, OutputStream out, byte[] buffer, LongConsumer progress) throws IOException {
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException();
      }
      out.write(buffer, 0, read);
      progress.accept(read);
    }
  }
}
