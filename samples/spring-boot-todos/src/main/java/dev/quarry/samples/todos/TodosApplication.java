package dev.quarry.samples.todos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Users and their todos over HTTP: `mvn -pl samples/spring-boot-todos spring-boot:run`. */
@SpringBootApplication
public class TodosApplication {

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(TodosApplication.class, args);
  }
}
