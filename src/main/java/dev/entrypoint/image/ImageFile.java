package dev.entrypoint.image;

import java.util.Arrays;
import java.util.Objects;

/**
 * One entry of an image's file tree as a container sees it: its absolute path, type, permission
 * bits, size, link target, and the first bytes of a regular file (enough to read a shebang line,
 * see CRLF line endings or find {@code exec "$@"} in an entrypoint script).
 */
public final class ImageFile {

  /** The kinds of entry. */
  public enum Type {
    /** A regular file. */
    FILE,
    /** A directory. */
    DIRECTORY,
    /** A symbolic link; {@link #linkTarget()} is where it points, as stored. */
    SYMLINK,
    /**
     * A hard link: a regular file that shares its target's content, so its mode, size and head are
     * the target's; {@link #linkTarget()} is the target's absolute path.
     */
    HARDLINK,
    /** A device or a FIFO. */
    OTHER
  }

  private final String path;
  private final Type type;
  private final int mode;
  private final long size;
  private final String linkTarget;
  private final byte[] head;

  /**
   * An entry; {@code mode} may carry a tar header's file-type bits, {@link #mode()} reports the
   * permission bits.
   */
  public ImageFile(String path, Type type, int mode, long size, String linkTarget, byte[] head) {
    this.path = Objects.requireNonNull(path, "path");
    this.type = Objects.requireNonNull(type, "type");
    this.mode = mode;
    this.size = size;
    this.linkTarget = linkTarget;
    this.head = head == null ? new byte[0] : head.clone();
  }

  /** The absolute path, such as {@code /usr/local/bin/start.sh}. */
  public String path() {
    return path;
  }

  /** What kind of entry it is. */
  public Type type() {
    return type;
  }

  /** The permission bits, such as {@code 0755}. */
  public int mode() {
    return mode & 07777;
  }

  /** Whether it is a regular file: a {@link Type#FILE} or a {@link Type#HARDLINK} to one. */
  public boolean isRegularFile() {
    return type == Type.FILE || type == Type.HARDLINK;
  }

  /** Whether anyone may execute it. */
  public boolean isExecutable() {
    return (mode & 0111) != 0;
  }

  /** The size in bytes of a regular file's content, 0 for other types. */
  public long size() {
    return size;
  }

  /** A symlink's target as stored, a hard link's target as an absolute path, or {@code null}. */
  public String linkTarget() {
    return linkTarget;
  }

  /**
   * The first bytes of a regular file (at most a few kilobytes), empty for other types and for
   * files whose beginning the reader did not keep ({@link LayeredFilesystem} says which it keeps).
   */
  public byte[] head() {
    return head.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageFile that
        && path.equals(that.path)
        && type == that.type
        && mode == that.mode
        && size == that.size
        && Objects.equals(linkTarget, that.linkTarget)
        && Arrays.equals(head, that.head);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, type, mode, size, linkTarget, Arrays.hashCode(head));
  }

  @Override
  public String toString() {
    return type
        + " "
        + path
        + String.format(" %04o", mode())
        + (linkTarget == null ? "" : " -> " + linkTarget);
  }
}
