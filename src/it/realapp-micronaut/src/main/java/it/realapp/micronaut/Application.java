package it.realapp.micronaut;

import io.micronaut.runtime.Micronaut;

/** The Micronaut application. */
public class Application {

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
