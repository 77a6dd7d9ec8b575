package dev.entrypoint.jib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A blob as manifests name it: its {@code sha256:} digest and its size in bytes. */
public record Descriptor(String digest, long size) {

  /** The descriptor of {@code content}. */
  public static Descriptor of(byte[] content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
      return new Descriptor("sha256:" + HexFormat.of().formatHex(hash), content.length);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The digest's hex part, without {@code sha256:}. */
  public String hash() {
    return digest.substring(digest.indexOf(':') + 1);
  }
}
