package dev.entrypoint.build;

import dev.entrypoint.launch.ImageLaunch;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of a build: the image's names, digest, id and launch, and where it went. For a tar
 * target also the tarball, its size and the image config.
 *
 * @param names every name the image was given
 * @param digest the manifest digest, {@code sha256:...}
 * @param imageId the config digest, which {@code docker images} shows
 * @param launch the ENTRYPOINT and CMD the image stores
 * @param target where the image went
 * @param tarball the image tarball, for a tar target
 * @param sizeBytes the tarball's size, for a tar target, or -1
 * @param layerCount how many layers the image has, or -1 when not known
 * @param reused whether the build found the image up to date and wrote nothing
 */
public record BuiltImage(
    List<String> names,
    String digest,
    String imageId,
    ImageLaunch launch,
    ImageTarget target,
    Optional<Path> tarball,
    long sizeBytes,
    int layerCount,
    boolean reused) {}
