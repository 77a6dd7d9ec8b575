package it.oldest;

/** Greets whoever its arguments name, so a test sees that 'run IMAGE ARGS' reached main. */
public final class Greeter {

  public static void main(String[] args) {
    System.out.println("hello " + (args.length == 0 ? "world" : String.join(" ", args)));
  }
}
