package dev.entrypoint.project;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** An application an image starts with a Java command. */
public interface JavaLaunch {

  /**
   * The command that starts the application in the image, such as {@code java -cp ... Main}; empty
   * when there is nothing to start (a project without classes).
   *
   * @throws dev.entrypoint.ConfigurationException when the command cannot be decided, as when
   *     several classes have a main method and none is chosen
   */
  Optional<List<String>> javaCommand() throws IOException;
}
