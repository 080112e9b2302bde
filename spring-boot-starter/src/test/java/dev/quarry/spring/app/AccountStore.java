package dev.quarry.spring.app;

import dev.quarry.spring.app.model.Todo;
import dev.quarry.spring.app.model.TodoRepository;
import dev.quarry.spring.app.model.User;
import dev.quarry.spring.app.model.UserRepository;
import org.springframework.stereotype.Repository;

/** A {@code @Repository}: Spring translates the exceptions thrown here. */
@Repository
public class AccountStore {

  private final UserRepository users;
  private final TodoRepository todos;

  public AccountStore(UserRepository users, TodoRepository todos) {
    this.users = users;
    this.todos = todos;
  }

  public User signUp(String email) {
    return users.create(User.of(email));
  }

  public Todo addTodo(int userId, String title) {
    return todos.create(new Todo(null, title, null, null, userId));
  }
}
