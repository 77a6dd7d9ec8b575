package it.push;

/** Prints a line that proves the pulled image ran this program, with its arguments. */
public final class Hello {

  public static void main(String[] args) {
    System.out.println("pulled and ran: " + String.join(" ", args));
  }
}
