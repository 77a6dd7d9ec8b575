package it.realapp.greetings;

import org.springframework.data.repository.CrudRepository;

/** The greetings, through Spring Data JPA. */
public interface GreetingRepository extends CrudRepository<Greeting, Long> {}
