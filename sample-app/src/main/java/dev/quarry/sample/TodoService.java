package dev.quarry.sample;

import dev.quarry.runtime.error.ForeignKeyException;
import dev.quarry.sample.model.Todo;
import dev.quarry.sample.model.TodoRepository;
import dev.quarry.sample.model.Todo_;
import dev.quarry.sample.model.User;
import dev.quarry.sample.model.UserRepository;
import dev.quarry.sample.model.User_;
import jakarta.inject.Inject;
import java.util.List;

/** Todos, always owned by a user. */
public final class TodoService {

  private final TodoRepository todos;
  private final UserRepository users;

  /** Built by the container (or by hand) from the generated repositories. */
  @Inject
  public TodoService(TodoRepository todos, UserRepository users) {
    this.todos = todos;
    this.users = users;
  }

  /** Adds a todo for {@code owner}. */
  public Todo add(User owner, String title) {
    return todos.create(new Todo(null, title, null, null, null, owner.id()));
  }

  /** Marks a todo done. */
  public Todo complete(Todo todo) {
    return todos.update(Todo_.id(todo.id()), u -> u.set(Todo_.DONE, true));
  }

  /** The open todos of a user. */
  public List<Todo> open(User owner) {
    return todos.findMany(q -> q.where(Todo_.USER_ID.eq(owner.id()).and(Todo_.DONE.isFalse())).orderBy(Todo_.ID.asc()));
  }

  /**
   * Deletes a user; refused by the database while they still have todos (no orphan todo).
   *
   * @throws ForeignKeyException when the user still has todos
   */
  public User deleteUser(User user) {
    return users.delete(User_.id(user.id()));
  }
}
