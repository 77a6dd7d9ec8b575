package it.classic;

import java.io.IOException;

/** Server 2: answers on port 3000. */
public final class Server2 {

  private Server2() {}

  public static void main(String[] args) throws IOException {
    System.out.println("server 2 started");
    Greeting.serve(3000, "Hello, Docker! This is server 2");
  }
}
