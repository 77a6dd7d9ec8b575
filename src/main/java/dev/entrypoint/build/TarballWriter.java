package dev.entrypoint.build;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * Writes a tarball laid out as jib-core writes image tarballs (ustar headers with modification time
 * 0, contents padded to 512-byte blocks, two zero blocks at the end), with content copied from
 * files and from the entries of another tarball in the kernel, without passing through the JVM: a
 * 50 MB layer costs a few milliseconds. Names must fit a ustar header (100 bytes), as image blob
 * names do.
 */
final class TarballWriter implements Closeable {

  private static final int BLOCK = 512;

  private final FileChannel out;

  private TarballWriter(FileChannel out) {
    this.out = out;
  }

  /** A writer of a new tarball at {@code file}, which it replaces. */
  static TarballWriter create(Path file) throws IOException {
    return new TarballWriter(
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE));
  }

  /** Adds an entry {@code name} with {@code content}. */
  void add(String name, byte[] content) throws IOException {
    header(name, content.length);
    write(ByteBuffer.wrap(content));
    pad(content.length);
  }

  /** Adds an entry {@code name} with the content of {@code file}. */
  void add(String name, Path file) throws IOException {
    try (FileChannel in = FileChannel.open(file)) {
      long size = in.size();
      header(name, size);
      transfer(in, 0, size);
      pad(size);
    }
  }

  /** Adds an entry {@code name} with the content of the entry {@code name} of {@code source}. */
  void addCopy(String name, Source source) throws IOException {
    TarArchiveEntry entry = source.entries.get(name);
    if (entry == null) {
      throw new IOException(source.path + " has no " + name);
    }
    long size = entry.getSize();
    if (entry.getDataOffset() + size > source.channel.size()) {
      throw new IOException(source.path + " is cut short in " + name);
    }
    header(name, size);
    transfer(source.channel, entry.getDataOffset(), size);
    pad(size);
  }

  private void header(String name, long size) throws IOException {
    if (name.length() >= 100 || !name.matches("[\\x21-\\x7e]+")) {
      throw new IOException("'" + name + "' does not fit a ustar header");
    }
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(size);
    entry.setModTime(0);
    byte[] header = new byte[BLOCK];
    entry.writeEntryHeader(header);
    write(ByteBuffer.wrap(header));
  }

  private void transfer(FileChannel in, long start, long size) throws IOException {
    for (long copied = 0; copied < size; ) {
      long step = in.transferTo(start + copied, size - copied, out);
      if (step <= 0) {
        throw new IOException("could not copy past byte " + (start + copied));
      }
      copied += step;
    }
  }

  private void pad(long size) throws IOException {
    int rest = (int) (size % BLOCK);
    if (rest != 0) {
      write(ByteBuffer.allocate(BLOCK - rest));
    }
  }

  private void write(ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
  }

  /** Ends the tarball with two zero blocks. */
  @Override
  public void close() throws IOException {
    try (out) {
      write(ByteBuffer.allocate(2 * BLOCK));
    }
  }

  /** A tarball to copy entries from, opened once: its entries' places are read from its headers. */
  static final class Source implements Closeable {

    private final Path path;
    private final FileChannel channel;
    private final Map<String, TarArchiveEntry> entries = new HashMap<>();

    private Source(Path path, FileChannel channel) {
      this.path = path;
      this.channel = channel;
    }

    static Source open(Path path) throws IOException {
      FileChannel channel = FileChannel.open(path);
      Source source = new Source(path, channel);
      try (TarFile tar = new TarFile(path)) {
        for (TarArchiveEntry entry : tar.getEntries()) {
          source.entries.put(entry.getName(), entry);
        }
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      return source;
    }

    /** Whether the tarball has an entry {@code name}. */
    boolean has(String name) {
      return entries.containsKey(name);
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
