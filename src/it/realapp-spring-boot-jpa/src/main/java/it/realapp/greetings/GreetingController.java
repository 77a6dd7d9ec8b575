package it.realapp.greetings;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /greetings: every greeting in the database, as JSON. */
@RestController
public class GreetingController {

  private final GreetingRepository repository;

  public GreetingController(GreetingRepository repository) {
    this.repository = repository;
  }

  @GetMapping("/greetings")
  public Iterable<Greeting> greetings() {
    return repository.findAll();
  }
}
