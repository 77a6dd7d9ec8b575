package dev.entrypoint.jib;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;

/**
 * Writes a known number of bytes as one gzip member whose deflate blocks are stored, not
 * compressed: a gzip stream every reader takes (jib-core, Docker, Podman), written at the speed of
 * a copy, with its length known before the first byte and the same bytes for the same content. For
 * layers on their way to {@code docker load} or a tarball next to it, where compressing costs more
 * time than it saves.
 */
public final class StoredGzipOutputStream extends FilterOutputStream {

  /** A stored deflate block holds at most this many bytes. */
  private static final int BLOCK = 65_535;

  /** Magic, deflate, no flags, no modification time, no extra flags, unknown system. */
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private static final int BLOCK_HEADER = 5;
  private static final int TRAILER = 8;

  private final long length;
  private final CRC32 crc = new CRC32();
  private long written;
  private boolean finished;

  /** A stream of the {@code length} bytes to come, stored in gzip on {@code out}. */
  public StoredGzipOutputStream(OutputStream out, long length) throws IOException {
    super(out);
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    this.length = length;
    out.write(HEADER);
    if (length == 0) {
      blockHeader(0, true);
    }
  }

  /** How many bytes the gzip member of {@code length} bytes takes. */
  public static long size(long length) {
    long blocks = Math.max(1, (length + BLOCK - 1) / BLOCK);
    return HEADER.length + blocks * BLOCK_HEADER + length + TRAILER;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int count) throws IOException {
    if (count > length - written) {
      throw new IOException("more than the " + length + " bytes announced");
    }
    int position = offset;
    int left = count;
    while (left > 0) {
      int inBlock = (int) (written % BLOCK);
      if (inBlock == 0) {
        long rest = length - written;
        blockHeader((int) Math.min(BLOCK, rest), rest <= BLOCK);
      }
      int chunk = Math.min(left, BLOCK - inBlock);
      out.write(bytes, position, chunk);
      crc.update(bytes, position, chunk);
      written += chunk;
      position += chunk;
      left -= chunk;
    }
  }

  /**
   * Ends the gzip member without closing the stream under it.
   *
   * @throws IOException when fewer bytes came than announced
   */
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    if (written != length) {
      throw new IOException(written + " bytes came of the " + length + " announced");
    }
    finished = true;
    littleEndian((int) crc.getValue());
    littleEndian((int) length);
  }

  @Override
  public void close() throws IOException {
    try {
      finish();
    } finally {
      out.close();
    }
  }

  private void blockHeader(int size, boolean last) throws IOException {
    out.write(last ? 1 : 0);
    out.write(size & 0xff);
    out.write(size >>> 8);
    out.write(~size & 0xff);
    out.write((~size >>> 8) & 0xff);
  }

  private void littleEndian(int value) throws IOException {
    out.write(value & 0xff);
    out.write((value >>> 8) & 0xff);
    out.write((value >>> 16) & 0xff);
    out.write((value >>> 24) & 0xff);
  }
}
