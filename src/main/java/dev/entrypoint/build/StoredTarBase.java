package dev.entrypoint.build;

import dev.entrypoint.AtomicFile;
import dev.entrypoint.BuildLog;
import dev.entrypoint.Json;
import dev.entrypoint.jib.Descriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * A {@code tar://} base for a tarball or the daemon, as jib-core is to read it: a copy with its
 * plain layers stored in gzip ({@link StoredLayers}), so jib-core does not compress them. The copy
 * is kept in the user cache under the base's path, size and modification time, so only the first
 * whole build from a base file makes it; a new version of the file replaces it. A base whose layers
 * are compressed already (a tarball Jib or this plugin wrote) is read as it is.
 */
final class StoredTarBase {

  private StoredTarBase() {}

  /**
   * The tarball jib-core is to read for the base {@code base}, with the user cache {@code cache}.
   */
  static Path of(Path base, Path cache, BuildLog log) throws IOException, InterruptedException {
    Path file = base.toAbsolutePath().normalize();
    String name =
        Descriptor.of(file.toString().getBytes(StandardCharsets.UTF_8)).hash().substring(0, 16);
    Path stored =
        cache
            .resolve("tar-base-stored")
            .resolve(
                name + "-" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis());
    if (Files.isRegularFile(stored)) {
      return stored;
    }
    Set<String> layers = plainLayers(file);
    if (layers.isEmpty()) {
      return file;
    }
    Path temporary = AtomicFile.temporarySibling(stored);
    try {
      StoredLayers copy;
      try (InputStream in = Files.newInputStream(file);
          OutputStream out = Files.newOutputStream(temporary)) {
        copy = StoredLayers.copy(in, out, layers::contains, bytes -> {});
      }
      if (!copy.storedAll()) {
        Files.delete(temporary);
        return file;
      }
      try (DirectoryStream<Path> older =
          Files.newDirectoryStream(stored.getParent(), name + "-*")) {
        for (Path version : older) {
          Files.deleteIfExists(version);
        }
      }
      AtomicFile.replace(temporary, stored);
    } catch (InterruptedIOException e) {
      Files.deleteIfExists(temporary);
      throw new InterruptedException("interrupted while copying the base " + file);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    log.debug(
        "tar:// base "
            + file
            + ": its "
            + layers.size()
            + " layer(s) stored in gzip for this and later builds, in "
            + stored);
    return stored;
  }

  /**
   * The layer files {@code docker save}'s manifest lists in {@code tarball}, when all of them are
   * plain tar files; else none.
   */
  private static Set<String> plainLayers(Path tarball) throws IOException {
    Set<String> layers = new HashSet<>();
    try (TarFile tar = new TarFile(tarball)) {
      TarArchiveEntry manifest =
          tar.getEntries().stream()
              .filter(entry -> entry.getName().equals("manifest.json"))
              .findFirst()
              .orElse(null);
      if (manifest == null) {
        return Set.of();
      }
      Set<String> listed = new HashSet<>();
      try (InputStream in = tar.getInputStream(manifest)) {
        Json.read(in.readAllBytes()).path(0).path("Layers").forEach(l -> listed.add(l.asText()));
      }
      for (TarArchiveEntry entry : tar.getEntries()) {
        if (entry.isFile() && listed.contains(entry.getName())) {
          try (InputStream in = tar.getInputStream(entry)) {
            if (in.read() == 0x1f && in.read() == 0x8b) {
              return Set.of();
            }
          }
          layers.add(entry.getName());
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // jib-core reads the base as it is and says what is wrong with it.
      return Set.of();
    }
    return layers;
  }
}
