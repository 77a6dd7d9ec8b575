package it.shell;

import java.util.Arrays;

/** A long-running worker that says which arguments it got. */
public final class Worker {

  private Worker() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println("worker started with arguments " + Arrays.toString(args));
    Thread.sleep(Long.MAX_VALUE);
  }
}
