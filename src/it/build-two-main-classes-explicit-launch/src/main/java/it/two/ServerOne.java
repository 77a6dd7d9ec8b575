package it.two;

/** One of two programs in one project: the classic two-server demonstration. */
public final class ServerOne {
  public static void main(String[] args) {
    System.out.println("server One " + String.join(" ", args));
  }
}
