package it.two;

/** One of two programs in one project: the classic two-server demonstration. */
public final class ServerTwo {
  public static void main(String[] args) {
    System.out.println("server Two " + String.join(" ", args));
  }
}
