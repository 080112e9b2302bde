package dev.quarry.samples.todos;

import dev.quarry.samples.todos.model.Todo;
import dev.quarry.samples.todos.model.User;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The REST endpoints. */
@RestController
public class TodoController {

  /** What a client sends to sign up. */
  public record NewUser(String email, String name) {}

  /** What a client sends to add a todo. */
  public record NewTodo(String title) {}

  private final TodoService service;

  public TodoController(TodoService service) {
    this.service = service;
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  public User signUp(@RequestBody NewUser user) {
    return service.signUp(user.email(), user.name());
  }

  @GetMapping("/users")
  public List<User> users() {
    return service.usersWithTodos();
  }

  @DeleteMapping("/users/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void deleteUser(@PathVariable int id) {
    service.deleteUser(id);
  }

  @PostMapping("/users/{id}/todos")
  @ResponseStatus(HttpStatus.CREATED)
  public Todo add(@PathVariable int id, @RequestBody NewTodo todo) {
    return service.add(id, todo.title());
  }

  @GetMapping("/todos")
  public List<Todo> todos(@RequestParam(required = false) Boolean done, @RequestParam(required = false) String user) {
    return service.list(done, user);
  }

  @PostMapping("/todos/{id}/complete")
  public Todo complete(@PathVariable int id) {
    return service.complete(id);
  }

  @DeleteMapping("/todos/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void deleteTodo(@PathVariable int id) {
    service.deleteTodo(id);
  }
}
