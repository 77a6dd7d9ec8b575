package it.realapp.greetings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A greeting stored in the database. */
@Entity
public class Greeting {

  @Id @GeneratedValue private Long id;
  private String text;

  protected Greeting() {}

  public Greeting(String text) {
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public String getText() {
    return text;
  }
}
