package it.realapp.greetings;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring Boot application: a REST endpoint over a JPA repository on H2. */
@SpringBootApplication
public class GreetingsApplication {

  public static void main(String[] args) {
    SpringApplication.run(GreetingsApplication.class, args);
  }

  @Bean
  CommandLineRunner seed(GreetingRepository repository) {
    return args -> {
      repository.save(new Greeting("Hello from JPA"));
      repository.save(new Greeting("Hello from H2"));
    };
  }
}
