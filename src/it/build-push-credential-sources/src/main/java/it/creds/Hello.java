package it.creds;

public class Hello {
  public static void main(String[] args) {
    System.out.println("pushed with every credential source");
  }
}
