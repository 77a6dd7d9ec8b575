package dev.entrypoint.image;

import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.LogEvent;
import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.jib.AuthFileCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where registry credentials come from, in this order, the first that has one for the registry
 * winning:
 *
 * <ol>
 *   <li>{@code <from><auth>} or {@code <to><auth>} (or their {@code -D} properties), for the
 *       registry of that image: reading the base tries {@code <from>}'s first, pushing {@code
 *       <to>}'s;
 *   <li>the settings.xml {@code <server>} whose id is the registry host, its password decrypted as
 *       Maven does;
 *   <li>Docker's {@code config.json} ({@code $DOCKER_CONFIG/config.json}, else {@code
 *       ~/.docker/config.json}): its {@code credHelpers} entry or {@code credsStore} (run as {@code
 *       docker-credential-NAME get} from the PATH), then its {@code auths} entry, read by jib-core
 *       ({@link AuthFileCredentials});
 *   <li>Podman's auth files ({@code $REGISTRY_AUTH_FILE}, {@code
 *       $XDG_RUNTIME_DIR/containers/auth.json}, {@code ~/.config/containers/auth.json}), read the
 *       same way.
 * </ol>
 *
 * A registry none of them knows is used without credentials. Each registry is looked up once; the
 * log names the source, never the secret.
 */
public final class RegistryCredentials {

  /** What a credential is for: reading an image (a base, or one to check) or pushing one. */
  public enum Use {
    PULL,
    PUSH;

    Use other() {
      return this == PULL ? PUSH : PULL;
    }
  }

  /** A credential given for one image's registry: {@code <from><auth>} or {@code <to><auth>}. */
  private record Given(String registry, RegistryCredential credential) {}

  private final Map<Use, Given> given;
  private final Map<String, RegistryCredential> servers;
  private final List<Path> dockerConfigs;
  private final List<Path> podmanAuthFiles;
  private final Map<String, Optional<RegistryCredential>> found = new HashMap<>();

  private RegistryCredentials(
      Map<Use, Given> given,
      Map<String, RegistryCredential> servers,
      List<Path> dockerConfigs,
      List<Path> podmanAuthFiles) {
    this.given = given.isEmpty() ? Map.of() : new EnumMap<>(given);
    this.servers = Map.copyOf(servers);
    this.dockerConfigs = List.copyOf(dockerConfigs);
    this.podmanAuthFiles = List.copyOf(podmanAuthFiles);
  }

  /** No credentials at all: every registry is used anonymously. */
  public static RegistryCredentials none() {
    return new RegistryCredentials(Map.of(), Map.of(), List.of(), List.of());
  }

  /**
   * The auth files of Docker and Podman that a user with {@code environment} and {@code userHome}
   * has: {@code $DOCKER_CONFIG/config.json} or {@code ~/.docker/config.json}; {@code
   * $REGISTRY_AUTH_FILE}, {@code $XDG_RUNTIME_DIR/containers/auth.json} and {@code
   * $XDG_CONFIG_HOME/containers/auth.json} (by default {@code ~/.config/containers/auth.json}).
   */
  public static RegistryCredentials ofUser(Map<String, String> environment, Path userHome) {
    String dockerConfig = environment.get("DOCKER_CONFIG");
    Path docker =
        blank(dockerConfig)
            ? userHome.resolve(".docker").resolve("config.json")
            : Path.of(dockerConfig).resolve("config.json");
    List<Path> podman = new ArrayList<>();
    if (!blank(environment.get("REGISTRY_AUTH_FILE"))) {
      podman.add(Path.of(environment.get("REGISTRY_AUTH_FILE")));
    }
    if (!blank(environment.get("XDG_RUNTIME_DIR"))) {
      podman.add(Path.of(environment.get("XDG_RUNTIME_DIR"), "containers", "auth.json"));
    }
    String configHome = environment.get("XDG_CONFIG_HOME");
    podman.add(
        (blank(configHome) ? userHome.resolve(".config") : Path.of(configHome))
            .resolve("containers")
            .resolve("auth.json"));
    return new RegistryCredentials(Map.of(), Map.of(), List.of(docker), podman);
  }

  /**
   * These credentials with a user name and password given for {@code image}'s registry ({@code
   * <from>}'s image for {@link Use#PULL}, {@code <to>}'s for {@link Use#PUSH}) by {@code element},
   * such as {@code <to><auth>}. Nothing is added when both are blank, or when {@code image} is no
   * registry image ({@code jlink}, {@code tar://...}).
   *
   * @throws ConfigurationException when only one of the two is given
   */
  public RegistryCredentials withAuth(
      Use use, String image, String username, String password, String element) {
    if (blank(username) && blank(password)) {
      return this;
    }
    if (blank(username) || blank(password)) {
      throw new ConfigurationException(
          element
              + " has a "
              + (blank(username) ? "password but no user name" : "user name but no password")
              + ": give both, or neither to use settings.xml or a docker/podman login.");
    }
    Optional<ImageReference> reference = registryImage(image);
    if (reference.isEmpty()) {
      return this;
    }
    Map<Use, Given> more = new EnumMap<>(Use.class);
    more.putAll(given);
    more.put(
        use,
        new Given(
            reference.get().getRegistry(),
            new RegistryCredential(
                Credential.from(username, password), element, "correct " + element)));
    return new RegistryCredentials(more, servers, dockerConfigs, podmanAuthFiles);
  }

  private static Optional<ImageReference> registryImage(String image) {
    if (blank(image) || image.contains("://") || image.equals("jlink") || image.equals("scratch")) {
      return Optional.empty();
    }
    try {
      return Optional.of(ImageReference.parse(image.strip()));
    } catch (InvalidImageReferenceException e) {
      return Optional.empty();
    }
  }

  /**
   * These credentials with the settings.xml server {@code id} (a registry host); {@code encrypted}
   * says whether its password was decrypted with settings-security.xml.
   */
  public RegistryCredentials withServer(String id, Credential credential, boolean encrypted) {
    Map<String, RegistryCredential> more = new LinkedHashMap<>(servers);
    String server = "<server><id>" + id + "</id>";
    more.put(
        id,
        new RegistryCredential(
            credential,
            "settings.xml "
                + server
                + (encrypted ? " (password decrypted with settings-security.xml)" : ""),
            "check the <username> and <password> of "
                + server
                + " in settings.xml"
                + (encrypted
                    ? ", and that settings-security.xml holds the master password it was"
                        + " encrypted with (mvn --encrypt-password)"
                    : "")));
    return new RegistryCredentials(given, more, dockerConfigs, podmanAuthFiles);
  }

  /**
   * The credential for {@code image}'s registry when used for {@code use}, from the first source
   * that has one; the source goes to {@code log}, the secret nowhere. Empty when none has one.
   */
  public synchronized Optional<RegistryCredential> find(
      ImageReference image, Use use, BuildLog log) {
    String registry = image.getRegistry();
    String key = use + " " + registry;
    Optional<RegistryCredential> result = found.get(key);
    if (result == null) {
      result = lookUp(image, use, log);
      found.put(key, result);
      if (result.isPresent()) {
        log.info("Registry " + registry + ": credentials of " + result.get());
      } else {
        log.debug("Registry " + registry + ": no credentials in " + String.join(", ", places()));
      }
    }
    return result;
  }

  private Optional<RegistryCredential> lookUp(ImageReference image, Use use, BuildLog log) {
    String registry = image.getRegistry();
    for (Use own : List.of(use, use.other())) {
      Given mine = given.get(own);
      if (mine != null && mine.registry().equals(registry)) {
        return Optional.of(mine.credential());
      }
    }
    if (servers.containsKey(registry)) {
      return Optional.of(servers.get(registry));
    }
    for (Path file : dockerConfigs) {
      Optional<RegistryCredential> fromFile =
          authFile(image, file, "Docker config " + file, "docker login " + registry, log);
      if (fromFile.isPresent()) {
        return fromFile;
      }
    }
    for (Path file : podmanAuthFiles) {
      Optional<RegistryCredential> fromFile =
          authFile(image, file, "Podman auth file " + file, "podman login " + registry, log);
      if (fromFile.isPresent()) {
        return fromFile;
      }
    }
    return Optional.empty();
  }

  /**
   * A Docker-format auth file's credential for {@code image}, read by jib-core: the credential
   * helper it names for the registry ({@code credHelpers}, else {@code credsStore}), then the
   * registry's {@code auths} entry. Jib's events tell which of the two answered.
   */
  private static Optional<RegistryCredential> authFile(
      ImageReference image, Path file, String name, String login, BuildLog log) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    AuthFileEvents events = new AuthFileEvents(log);
    Optional<Credential> credential;
    try {
      credential = AuthFileCredentials.retrieve(image, file, events);
    } catch (AuthFileCredentials.RetrievalException e) {
      throw new ConfigurationException(
          "Reading the credentials for "
              + image.getRegistry()
              + " from "
              + name
              + " failed: "
              + e.getMessage()
              + ". Fix or remove that entry, or log in again ("
              + login
              + ").",
          e);
    }
    if (credential.isEmpty()) {
      return Optional.empty();
    }
    String source =
        events.fromAuths || events.helper == null
            ? name + " (auths)"
            : "credential helper " + events.helper + " (named in " + name + ")";
    return Optional.of(
        new RegistryCredential(
            credential.get(),
            source,
            "log in again with '"
                + login
                + "'"
                + (events.fromAuths || events.helper == null
                    ? ""
                    : ", which stores into that helper")
                + ", or fix "
                + file));
  }

  /** Where credentials are looked for, in order, for messages that say where none was found. */
  public List<String> places() {
    List<String> places = new ArrayList<>();
    places.add("<from>/<to><auth>");
    places.add("settings.xml <servers>");
    dockerConfigs.forEach(file -> places.add(file.toString()));
    podmanAuthFiles.forEach(file -> places.add(file.toString()));
    return places;
  }

  /**
   * Jib's log of one auth file lookup, to the debug log (a helper that is missing or fails as a
   * warning): which helper it tried, and whether the {@code auths} section answered.
   */
  private static final class AuthFileEvents implements Consumer<LogEvent> {

    private static final String TRYING = "trying ";
    private static final String AUTHS = "Docker config auths section defines";

    /** A helper that has no login for the registry: as with Docker, not worth a warning. */
    private static final String NOTHING_FOR_REGISTRY = "has nothing for server URL";

    private final BuildLog log;
    private String helper;
    private boolean fromAuths;

    AuthFileEvents(BuildLog log) {
      this.log = log;
    }

    @Override
    public void accept(LogEvent event) {
      String message = event.getMessage();
      if (message.startsWith(TRYING) && message.contains(" for ")) {
        helper = message.substring(TRYING.length(), message.lastIndexOf(" for "));
      }
      if (message.startsWith(AUTHS)) {
        fromAuths = true;
      }
      boolean problem =
          event.getLevel() == LogEvent.Level.WARN || event.getLevel() == LogEvent.Level.ERROR;
      if (problem && !message.contains(NOTHING_FOR_REGISTRY)) {
        log.warn(message);
      } else {
        log.debug(message);
      }
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegistryCredentials that
        && given.equals(that.given)
        && servers.equals(that.servers)
        && dockerConfigs.equals(that.dockerConfigs)
        && podmanAuthFiles.equals(that.podmanAuthFiles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(given, servers, dockerConfigs, podmanAuthFiles);
  }

  /** The places credentials are looked for, never a credential. */
  @Override
  public String toString() {
    List<String> named = new ArrayList<>();
    given.forEach((use, g) -> named.add(g.credential().source() + " for " + g.registry()));
    servers.keySet().forEach(id -> named.add("settings.xml server " + id));
    dockerConfigs.forEach(file -> named.add(file.toString()));
    podmanAuthFiles.forEach(file -> named.add(file.toString()));
    return "credentials from " + (named.isEmpty() ? "nowhere" : String.join(", ", named));
  }
}
