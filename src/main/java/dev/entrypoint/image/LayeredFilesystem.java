package dev.entrypoint.image;

import dev.entrypoint.UnixPath;
import dev.entrypoint.image.ImageFile.Type;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An image's files as a container sees them, built by applying its layer tarballs in order as
 * Docker's and Podman's overlay storage does:
 *
 * <ul>
 *   <li>a later layer's entry replaces an earlier one; a directory over a directory keeps the lower
 *       one's contents, anything else over a directory hides them;
 *   <li>{@code .wh.NAME} deletes {@code NAME} (and what is under it) from the lower layers, and
 *       {@code .wh..wh..opq} empties its directory of the lower layers' entries; neither touches
 *       entries of its own layer, and neither appears in the result;
 *   <li>a missing parent directory is made as the engines make it (mode 0755 here; Docker's
 *       overlay2 uses 0600), and it hides a lower layer's file or symlink of that name;
 *   <li>a hard link is a regular file of type {@link Type#HARDLINK} with its target's mode, size
 *       and head, the target's absolute path as {@link ImageFile#linkTarget()}; a hard link to a
 *       symlink is that symlink again;
 *   <li>entry names are cleaned: {@code ./usr//bin/} is {@code /usr/bin}.
 * </ul>
 *
 * <p>It keeps every entry's metadata, and the {@link ImageFile#head() head} (the first {@value
 * #HEAD_LIMIT} bytes) only of the regular files a launch policy reads: scripts (starting with
 * {@code #!}), files anyone may execute, and files under {@code /etc} (users, groups, the OS
 * release). Other files have an empty head. Each layer is read once, as a stream.
 */
public final class LayeredFilesystem implements ImageFiles {

  /** The most bytes of a file's beginning that are kept. */
  public static final int HEAD_LIMIT = 16 * 1024;

  /** The most symlinks one path resolution follows, as Linux's {@code MAXSYMLINKS}. */
  static final int MAX_SYMLINKS = 40;

  private final NavigableMap<String, ImageFile> entries;

  private LayeredFilesystem(NavigableMap<String, ImageFile> entries) {
    this.entries = entries;
  }

  /** The files of the image in {@code archive}, its layers applied bottom to top. */
  public static LayeredFilesystem of(ImageArchive archive) throws IOException {
    Builder builder = builder();
    for (int i = 0; i < archive.layerCount(); i++) {
      try (InputStream layer = archive.openLayer(i)) {
        builder.applyLayer(layer);
      }
    }
    return builder.build();
  }

  /** An empty file tree (the root directory only) to apply layers to. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<ImageFile> lookup(String path) {
    return walk(path, false).map(entries::get);
  }

  @Override
  public Optional<ImageFile> resolve(String path) {
    return walk(path, true).map(entries::get);
  }

  /**
   * {@inheritDoc}
   *
   * <p>An empty element of {@code pathVariable}, meaning the working directory, and relative
   * elements are taken from the root, a container's working directory when the image sets no
   * WORKDIR. A {@code null} or empty variable searches nowhere.
   */
  @Override
  public Optional<String> findExecutable(String command, String pathVariable) {
    if (command.isEmpty()) {
      return Optional.empty();
    }
    if (command.contains("/")) {
      return Optional.of(command);
    }
    if (pathVariable == null || pathVariable.isEmpty()) {
      return Optional.empty();
    }
    for (String directory : pathVariable.split(":", -1)) {
      String candidate = UnixPath.child(searchDirectory(directory), command);
      Optional<ImageFile> file = resolve(candidate);
      if (file.isPresent() && file.get().isRegularFile() && file.get().isExecutable()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** How many entries the tree holds, the root included. */
  public int size() {
    return entries.size();
  }

  private static String searchDirectory(String element) {
    String absolute = element.startsWith("/") ? element : UnixPath.ROOT + element;
    String trimmed = absolute.replaceAll("/+$", "");
    return trimmed.isEmpty() ? UnixPath.ROOT : trimmed;
  }

  /**
   * Walks {@code path} from the root as the kernel does and returns the real path it ends at:
   * {@code ..} goes up from where the walk is, every symlink before the last component is followed
   * (relative targets from the link's directory, absolute ones from the root), and the last one too
   * when {@code followLast}. Empty when a component is missing, not a directory where one is
   * needed, or the walk follows more than {@value #MAX_SYMLINKS} symlinks.
   */
  private Optional<String> walk(String path, boolean followLast) {
    Deque<String> remaining = new ArrayDeque<>(UnixPath.components(path));
    String current = UnixPath.ROOT;
    int symlinks = 0;
    while (!remaining.isEmpty()) {
      String component = remaining.pollFirst();
      if (component.equals("..")) {
        current = UnixPath.parent(current);
        continue;
      }
      String next = UnixPath.child(current, component);
      ImageFile entry = entries.get(next);
      if (entry == null) {
        return Optional.empty();
      }
      boolean last = remaining.isEmpty();
      if (entry.type() == Type.SYMLINK && (followLast || !last)) {
        if (++symlinks > MAX_SYMLINKS || entry.linkTarget().isEmpty()) {
          return Optional.empty();
        }
        if (entry.linkTarget().startsWith("/")) {
          current = UnixPath.ROOT;
        }
        List<String> target = UnixPath.components(entry.linkTarget());
        for (int i = target.size() - 1; i >= 0; i--) {
          remaining.addFirst(target.get(i));
        }
      } else if (!last && entry.type() != Type.DIRECTORY) {
        return Optional.empty();
      } else {
        current = next;
      }
    }
    return Optional.of(current);
  }

  @Override
  public String toString() {
    return "image files (" + entries.size() + " entries)";
  }

  /**
   * Applies layer tarballs, bottom first, to a file tree that starts as an empty root directory.
   */
  public static final class Builder {

    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";

    /**
     * Where AUFS keeps its own bookkeeping, such as {@code /.wh..wh.plnk}: not files of the image.
     */
    private static final String AUFS_METADATA = "/.wh..wh.";

    private final TreeMap<String, ImageFile> entries = new TreeMap<>();
    private final byte[] buffer = new byte[HEAD_LIMIT];

    private Builder() {
      entries.put(UnixPath.ROOT, directory(UnixPath.ROOT, 0755));
    }

    /**
     * Applies one layer, an uncompressed tar stream, over the layers applied before it. The stream
     * is read to its end but not closed.
     */
    public Builder applyLayer(InputStream uncompressedTar) throws IOException {
      List<String> opaqueDirectories = new ArrayList<>();
      List<String> whiteouts = new ArrayList<>();
      List<ImageFile> added = new ArrayList<>();
      TarArchiveInputStream tar = new TarArchiveInputStream(uncompressedTar);
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        String path = UnixPath.normalize(entry.getName());
        String name = UnixPath.name(path);
        if (path.startsWith(AUFS_METADATA) && !name.equals(OPAQUE)) {
          continue;
        }
        if (name.equals(OPAQUE)) {
          opaqueDirectories.add(UnixPath.parent(path));
        } else if (name.startsWith(WHITEOUT)) {
          whiteouts.add(UnixPath.child(UnixPath.parent(path), name.substring(WHITEOUT.length())));
        } else {
          added.add(file(path, entry, tar));
        }
      }
      for (String directory : opaqueDirectories) {
        descendants(directory).clear();
        makeDirectories(directory);
      }
      for (String path : whiteouts) {
        makeDirectories(UnixPath.parent(path));
        removeTree(path);
      }
      for (ImageFile file : added) {
        add(file);
      }
      return this;
    }

    /** The file tree with every layer applied so far. */
    public LayeredFilesystem build() {
      return new LayeredFilesystem(new TreeMap<>(entries));
    }

    private ImageFile file(String path, TarArchiveEntry entry, InputStream content)
        throws IOException {
      int mode = entry.getMode() & 07777;
      if (entry.isDirectory()) {
        return directory(path, mode);
      }
      if (entry.isSymbolicLink()) {
        return new ImageFile(path, Type.SYMLINK, mode, 0, entry.getLinkName(), null);
      }
      if (entry.isLink()) {
        return new ImageFile(
            path, Type.HARDLINK, mode, 0, UnixPath.normalize(entry.getLinkName()), null);
      }
      if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO() || !entry.isFile()) {
        return new ImageFile(path, Type.OTHER, mode, 0, null, null);
      }
      int read = content.readNBytes(buffer, 0, (int) Math.min(HEAD_LIMIT, entry.getSize()));
      boolean script = read >= 2 && buffer[0] == '#' && buffer[1] == '!';
      boolean kept = script || (mode & 0111) != 0 || path.startsWith("/etc/");
      byte[] head = kept ? Arrays.copyOf(buffer, read) : null;
      return new ImageFile(path, Type.FILE, mode, entry.getSize(), null, head);
    }

    private void add(ImageFile file) {
      String path = file.path();
      if (path.equals(UnixPath.ROOT)) {
        if (file.type() == Type.DIRECTORY) {
          entries.put(path, file);
        }
        return;
      }
      makeDirectories(UnixPath.parent(path));
      ImageFile existing = entries.get(path);
      if (!(file.type() == Type.DIRECTORY
          && existing != null
          && existing.type() == Type.DIRECTORY)) {
        removeTree(path);
      }
      entries.put(path, file.type() == Type.HARDLINK ? linked(file) : file);
    }

    /** A hard link as the kernel's {@code link()} makes it, from its target as it is now. */
    private ImageFile linked(ImageFile link) {
      ImageFile target = entries.get(link.linkTarget());
      if (target == null || !(target.isRegularFile() || target.type() == Type.SYMLINK)) {
        return link;
      }
      return target.type() == Type.SYMLINK
          ? new ImageFile(link.path(), Type.SYMLINK, target.mode(), 0, target.linkTarget(), null)
          : new ImageFile(
              link.path(),
              Type.HARDLINK,
              target.mode(),
              target.size(),
              link.linkTarget(),
              target.head());
    }

    /**
     * Makes {@code directory} and its parents directories, replacing whatever else is in their way.
     */
    private void makeDirectories(String directory) {
      if (directory.equals(UnixPath.ROOT)) {
        return;
      }
      makeDirectories(UnixPath.parent(directory));
      ImageFile existing = entries.get(directory);
      if (existing == null || existing.type() != Type.DIRECTORY) {
        entries.remove(directory);
        entries.put(directory, directory(directory, 0755));
      }
    }

    private void removeTree(String path) {
      entries.remove(path);
      descendants(path).clear();
    }

    /** Every entry under {@code directory}, as a live view. */
    private NavigableMap<String, ImageFile> descendants(String directory) {
      return directory.equals(UnixPath.ROOT)
          ? entries.tailMap(UnixPath.ROOT, false)
          : entries.subMap(directory + "/", true, directory + "0", false);
    }

    private static ImageFile directory(String path, int mode) {
      return new ImageFile(path, Type.DIRECTORY, mode, 0, null, null);
    }
  }
}
