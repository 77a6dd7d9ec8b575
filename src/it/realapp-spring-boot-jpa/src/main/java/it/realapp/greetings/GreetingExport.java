package it.realapp.greetings;

/** A second program in the same jar (an operator's tool): why the project names its start-class. */
public final class GreetingExport {

  private GreetingExport() {}

  public static void main(String[] args) {
    System.out.println("greetings export: run the application and GET /greetings");
  }
}
