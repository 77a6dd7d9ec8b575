package dev.entrypoint.image;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** A layer tarball written in memory, entry by entry, with names exactly as given. */
final class LayerTar {

  private final List<TarArchiveEntry> entries = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();

  /** A regular file with {@code content} and permission bits {@code mode}. */
  LayerTar file(String name, int mode, String content) {
    return file(name, mode, content.getBytes(StandardCharsets.UTF_8));
  }

  /** A regular file with {@code content} and permission bits {@code mode}. */
  LayerTar file(String name, int mode, byte[] content) {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setMode(0100000 | mode);
    entry.setSize(content.length);
    return add(entry, content);
  }

  /** A directory; the name gets the trailing slash tar gives directories. */
  LayerTar directory(String name, int mode) {
    TarArchiveEntry entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
    entry.setMode(040000 | mode);
    return add(entry, new byte[0]);
  }

  /** A symbolic link to {@code target}, stored as given. */
  LayerTar symlink(String name, String target) {
    TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
    entry.setLinkName(target);
    entry.setMode(0120777);
    return add(entry, new byte[0]);
  }

  /** A hard link to {@code target}, a path from the layer's root as tar stores it. */
  LayerTar hardlink(String name, String target) {
    TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_LINK);
    entry.setLinkName(target);
    entry.setMode(0100644);
    return add(entry, new byte[0]);
  }

  /** The OCI whiteout that deletes {@code name} from the layers below: {@code dir/.wh.name}. */
  LayerTar whiteout(String path) {
    int slash = path.lastIndexOf('/');
    return file(path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1), 0644, "");
  }

  /** The OCI marker that makes {@code directory} opaque: {@code directory/.wh..wh..opq}. */
  LayerTar opaque(String directory) {
    return file(directory + "/.wh..wh..opq", 0644, "");
  }

  /** The tarball's bytes. */
  byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (int i = 0; i < entries.size(); i++) {
        tar.putArchiveEntry(entries.get(i));
        tar.write(contents.get(i));
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The tarball as a stream. */
  InputStream stream() {
    return new ByteArrayInputStream(bytes());
  }

  /** The file tree of {@code layers} applied bottom first. */
  static LayeredFilesystem apply(LayerTar... layers) {
    LayeredFilesystem.Builder builder = LayeredFilesystem.builder();
    try {
      for (LayerTar layer : layers) {
        builder.applyLayer(layer.stream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  private LayerTar add(TarArchiveEntry entry, byte[] content) {
    entries.add(entry);
    contents.add(content);
    return this;
  }
}
