package it.realapp.javalin;

import io.javalin.Javalin;

/** Javalin's hello world. */
public class HelloWorld {

  public static void main(String[] args) {
    Javalin.create(config -> config.routes.get("/", ctx -> ctx.result("Hello World"))).start(7070);
  }
}
