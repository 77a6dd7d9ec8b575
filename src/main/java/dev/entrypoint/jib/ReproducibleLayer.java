package dev.entrypoint.jib;

import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.blob.BlobDescriptor;
import com.google.cloud.tools.jib.hash.CountingDigestOutputStream;
import com.google.cloud.tools.jib.image.ReproducibleLayerBuilder;
import com.google.common.collect.ImmutableList;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A layer built as jib-core builds an application layer into its cache (its reproducible tar,
 * compressed with the JDK's gzip at its default level), so it is the same bytes as a jib-core
 * build's, without jib-core's build steps or its layer cache around it.
 */
public final class ReproducibleLayer {

  private static final int BUFFER = 1 << 16;

  private ReproducibleLayer() {}

  /** Builds {@code layer}'s files into {@code file}, compressed, and describes it. */
  public static CompressedLayer write(FileEntriesLayer layer, Path file) throws IOException {
    try (CountingDigestOutputStream compressed =
        new CountingDigestOutputStream(
            new BufferedOutputStream(Files.newOutputStream(file), BUFFER))) {
      GZIPOutputStream gzip = new GZIPOutputStream(compressed);
      BlobDescriptor tar =
          new ReproducibleLayerBuilder(ImmutableList.copyOf(layer.getEntries()))
              .build()
              .writeTo(gzip);
      gzip.finish();
      BlobDescriptor blob = compressed.computeDigest();
      return new CompressedLayer(
          new Descriptor(blob.getDigest().toString(), blob.getSize()),
          tar.getDigest().toString(),
          file);
    }
  }
}
