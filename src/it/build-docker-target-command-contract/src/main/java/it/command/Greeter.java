package it.command;

/** Prints $GREETING, a suffix from a JVM flag, and the user it runs as. */
public final class Greeter {

  public static void main(String[] args) {
    System.out.println(
        System.getenv("GREETING")
            + System.getProperty("greeting.suffix")
            + " (dir "
            + System.getProperty("user.dir")
            + ")");
  }
}
