package dev.entrypoint.jib;

import java.nio.file.Path;

/**
 * A layer as an image holds it, in {@code file}: gzip-compressed, described by its compressed bytes
 * ({@code blob}), and named in the image's config by the digest of its tar ({@code diffId}).
 */
public record CompressedLayer(Descriptor blob, String diffId, Path file) {}
