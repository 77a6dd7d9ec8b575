package it.classic;

import java.io.IOException;
import java.util.Arrays;

/** Server 1: answers on port 5000, and says which arguments it was started with. */
public final class Server1 {

  private Server1() {}

  public static void main(String[] args) throws IOException {
    System.out.println("server 1 started with arguments " + Arrays.toString(args));
    Greeting.serve(5000, "Hello, Docker! This is server 1");
  }
}
