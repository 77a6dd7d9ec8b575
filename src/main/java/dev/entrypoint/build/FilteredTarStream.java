package dev.entrypoint.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Receives a tar archive as it is written and passes it on without the entries a predicate leaves
 * out (asked once per entry, in archive order), keeping a copy of the entries named to be kept.
 * Entries that carry their name in an extension header (long names, PAX) are always passed on
 * whole.
 */
final class FilteredTarStream extends OutputStream {

  private static final int BLOCK = 512;

  private final OutputStream out;
  private final Predicate<String> leaveOut;
  private final Set<String> kept;
  private final Map<String, byte[]> copies = new HashMap<>();
  private final Map<String, Long> sizes = new HashMap<>();
  private final byte[] header = new byte[BLOCK];
  private int headerFill;
  private long remaining;
  private boolean passing = true;
  private boolean extended;
  private ByteArrayOutputStream copy;
  private String copyName;
  private long copySize;
  private boolean ended;

  /**
   * Writes to {@code out} every entry but those {@code leaveOut} names; copies those in {@code
   * kept}.
   */
  FilteredTarStream(OutputStream out, Predicate<String> leaveOut, Set<String> kept) {
    this.out = out;
    this.leaveOut = leaveOut;
    this.kept = Set.copyOf(kept);
  }

  /** The size of every entry that went by, passed on or not, by name. */
  Map<String, Long> sizes() {
    return Map.copyOf(sizes);
  }

  /** The content of the kept entries that went by, by name. */
  Map<String, byte[]> copies() {
    return Map.copyOf(copies);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    int position = offset;
    int end = offset + length;
    while (position < end) {
      if (ended) {
        out.write(bytes, position, end - position);
        return;
      }
      if (remaining > 0) {
        int chunk = (int) Math.min(remaining, end - position);
        if (passing) {
          out.write(bytes, position, chunk);
        }
        if (copy != null) {
          copy.write(bytes, position, chunk);
        }
        remaining -= chunk;
        position += chunk;
        if (remaining == 0) {
          finishCopy();
        }
        continue;
      }
      int chunk = Math.min(BLOCK - headerFill, end - position);
      System.arraycopy(bytes, position, header, headerFill, chunk);
      headerFill += chunk;
      position += chunk;
      if (headerFill == BLOCK) {
        headerFill = 0;
        readHeader();
      }
    }
  }

  private void readHeader() throws IOException {
    if (isZero(header)) {
      ended = true;
      out.write(header);
      return;
    }
    TarArchiveEntry entry = new TarArchiveEntry(header);
    boolean extension =
        entry.isPaxHeader()
            || entry.isGlobalPaxHeader()
            || entry.isGNULongNameEntry()
            || entry.isGNULongLinkEntry();
    String name = entry.getName();
    passing = extension || extended || !leaveOut.test(name);
    extended = extension;
    long size = entry.isDirectory() ? 0 : entry.getSize();
    if (!extension) {
      sizes.put(name, size);
    }
    remaining = (size + BLOCK - 1) / BLOCK * BLOCK;
    if (passing) {
      out.write(header);
    }
    if (!extension && kept.contains(name)) {
      copy = new ByteArrayOutputStream();
      copyName = name;
      copySize = size;
    }
    if (remaining == 0) {
      finishCopy();
    }
  }

  private void finishCopy() {
    if (copy != null) {
      copies.put(copyName, Arrays.copyOf(copy.toByteArray(), (int) copySize));
      copy = null;
    }
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
