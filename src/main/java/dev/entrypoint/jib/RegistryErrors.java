package dev.entrypoint.jib;

import com.google.cloud.tools.jib.http.ResponseException;
import com.google.cloud.tools.jib.registry.RegistryCredentialsNotSentException;
import dev.entrypoint.Causes;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What jib-core's registry exceptions outside its api say, found anywhere in a failure's causes:
 * the HTTP status a registry answered with, and credentials that jib-core did not send.
 */
public final class RegistryErrors {

  private RegistryErrors() {}

  /** The HTTP status of the registry's answer that {@code failure} reports, if it reports one. */
  public static OptionalInt httpStatus(Throwable failure) {
    ResponseException response = Causes.find(failure, ResponseException.class);
    return response == null ? OptionalInt.empty() : OptionalInt.of(response.getStatusCode());
  }

  /**
   * jib-core's message when {@code failure} is that it held credentials back from a registry on
   * plain HTTP; empty for any other failure.
   */
  public static Optional<String> credentialsNotSent(Throwable failure) {
    return Optional.ofNullable(Causes.find(failure, RegistryCredentialsNotSentException.class))
        .map(Throwable::getMessage);
  }
}
