package dev.entrypoint.engine;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.testing.TestImages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * The images of a matrix test, built in Docker on the busybox fixture and copied to Podman, and the
 * parallel runner that checks the cells of every image on both engines. {@link #close()} removes
 * the images from both engines again.
 */
final class ImageMatrix implements AutoCloseable {

  /**
   * Engine commands that run at once; Podman spends most of a cell waiting on its locks and runc.
   */
  private static final int WORKERS = 4;

  /**
   * An image of the matrix.
   *
   * @param name its tag
   * @param base the matrix image it builds on, or {@code null} for busybox
   * @param instructions the Dockerfile instructions after {@code FROM}
   */
  record Image(String name, String base, List<String> instructions) {

    /** {@code name (INSTRUCTION; INSTRUCTION)}, for failure tables. */
    String describe() {
      return name + " (" + String.join("; ", instructions) + ")";
    }
  }

  /** An image on busybox. */
  static Image image(String name, String... instructions) {
    return new Image(name, null, List.of(instructions));
  }

  /** An image on another image of the matrix. */
  static Image child(String name, String base, String... instructions) {
    return new Image(name, base, List.of(instructions));
  }

  private final String repository;
  private final List<Image> images;
  private final Map<EngineKind, ContainerEngine> engines = new EnumMap<>(EngineKind.class);

  private ImageMatrix(String repository, List<Image> images) {
    this.repository = repository;
    this.images = List.copyOf(images);
    for (EngineKind kind : EngineKind.values()) {
      engines.put(kind, TestEngines.connect(kind));
    }
  }

  /**
   * Builds {@code images} as {@code repository:NAME} in Docker, bases first, and copies them to
   * Podman.
   */
  static ImageMatrix build(String repository, List<Image> images)
      throws IOException, InterruptedException {
    ImageMatrix matrix = new ImageMatrix(repository, images);
    String busybox = TestImages.busyboxInDocker();
    for (Image image : images) {
      TestEngines.buildInDocker(
          matrix.tag(image),
          image.base() == null ? busybox : repository + ":" + image.base(),
          image.instructions());
    }
    for (Image image : images) {
      TestImages.copyDockerImageToPodman(matrix.tag(image));
    }
    return matrix;
  }

  /**
   * The image's name in {@code engine}: Podman names a loaded short name {@code
   * localhost/NAME:TAG}.
   */
  String reference(EngineKind engine, Image image) {
    return engine == EngineKind.PODMAN ? "localhost/" + tag(image) : tag(image);
  }

  /**
   * The cells {@code cellsOf} finds for every image on every engine, checked {@value #WORKERS} at a
   * time.
   */
  <T> List<T> cells(BiFunction<ContainerEngine, Image, List<T>> cellsOf)
      throws InterruptedException {
    List<Callable<List<T>>> tasks = new ArrayList<>();
    for (ContainerEngine engine : engines.values()) {
      images.forEach(image -> tasks.add(() -> cellsOf.apply(engine, image)));
    }
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    List<T> cells = new ArrayList<>();
    try {
      for (Future<List<T>> task : workers.invokeAll(tasks)) {
        cells.addAll(task.get());
      }
    } catch (ExecutionException e) {
      throw new AssertionError("a cell could not be checked", e.getCause());
    } finally {
      workers.shutdownNow();
    }
    return cells;
  }

  /** Removes the images from both engines, children before the images they build on. */
  @Override
  public void close() {
    List<Image> childrenFirst = new ArrayList<>(images);
    Collections.reverse(childrenFirst);
    for (ContainerEngine engine : engines.values()) {
      for (Image image : childrenFirst) {
        try {
          engine.removeImage(reference(engine.kind(), image));
        } catch (EngineException e) {
          System.out.println(
              "WARN could not remove " + reference(engine.kind(), image) + ": " + e.getMessage());
        }
      }
    }
  }

  private String tag(Image image) {
    return repository + ":" + image.name();
  }
}
