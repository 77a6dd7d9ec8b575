package dev.entrypoint.jib;

import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import com.google.cloud.tools.jib.http.ResponseException;
import com.google.cloud.tools.jib.registry.RegistryCredentialsNotSentException;
import java.io.IOException;
import java.lang.reflect.Constructor;

/**
 * jib-core's registry exceptions outside its api, as it throws them; their constructors are its
 * own, so they are called by reflection.
 */
public final class JibExceptions {

  private JibExceptions() {}

  /** A registry's answer with HTTP status {@code code}. */
  public static IOException status(int code) throws ReflectiveOperationException {
    Constructor<ResponseException> constructor =
        ResponseException.class.getDeclaredConstructor(HttpResponseException.class, boolean.class);
    constructor.setAccessible(true);
    return constructor.newInstance(
        new HttpResponseException.Builder(code, "status " + code, new HttpHeaders()).build(),
        false);
  }

  /** Credentials held back from {@code registry} because it answered on plain HTTP. */
  static Exception credentialsNotSent(String registry, String repository)
      throws ReflectiveOperationException {
    Constructor<RegistryCredentialsNotSentException> constructor =
        RegistryCredentialsNotSentException.class.getDeclaredConstructor(
            String.class, String.class);
    constructor.setAccessible(true);
    return constructor.newInstance(registry, repository);
  }
}
