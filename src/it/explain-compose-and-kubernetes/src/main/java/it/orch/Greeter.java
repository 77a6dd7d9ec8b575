package it.orch;

/** Greets whoever its arguments name. */
public final class Greeter {

  private Greeter() {}

  public static void main(String[] args) {
    System.out.println("Hello, " + String.join(" ", args));
  }
}
