package it.realapp.micronaut;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

/** GET /hello/{name}: a greeting as JSON. */
@Controller("/hello")
public class HelloController {

  /** The answer. */
  @Serdeable
  public record Greeting(String message) {}

  @Get("/{name}")
  public Greeting hello(String name) {
    return new Greeting("Hello, " + name);
  }
}
