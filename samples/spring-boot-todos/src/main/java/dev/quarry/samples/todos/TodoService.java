package dev.quarry.samples.todos;

import dev.quarry.samples.todos.model.Todo;
import dev.quarry.samples.todos.model.TodoRepository;
import dev.quarry.samples.todos.model.Todo_;
import dev.quarry.samples.todos.model.User;
import dev.quarry.samples.todos.model.UserRepository;
import dev.quarry.samples.todos.model.User_;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and todos, with the generated repositories injected and Spring's transactions. */
@Service
public class TodoService {

  private final UserRepository users;
  private final TodoRepository todos;

  public TodoService(UserRepository users, TodoRepository todos) {
    this.users = users;
    this.todos = todos;
  }

  /** Signs a user up. */
  public User signUp(String email, String name) {
    return users.create(new User(null, email, name, null));
  }

  /** Every user with their todos (two statements, however many users). */
  public List<User> usersWithTodos() {
    return users.findMany(q -> q.orderBy(User_.ID.asc()).include(User_.TODOS.include(t -> t.orderBy(Todo_.ID.asc()))));
  }

  /** Adds a todo for a user. */
  public Todo add(int userId, String title) {
    users.findUniqueOrThrow(User_.id(userId));
    return todos.create(new Todo(null, title, null, null, null, userId));
  }

  /** Todos, optionally only open or done ones and only one user's, newest first, each with its user. */
  public List<Todo> list(Boolean done, String email) {
    return todos.findMany(q -> q
        .whereIf(done != null, Todo_.DONE.eq(done == null ? Boolean.FALSE : done))
        .whereIf(email != null, Todo_.USER.is(User_.EMAIL.eq(email == null ? "" : email)))
        .orderBy(Todo_.CREATED_AT.desc(), Todo_.ID.desc())
        .include(Todo_.USER.include()));
  }

  /** Marks a todo done. */
  public Todo complete(int id) {
    return todos.update(Todo_.id(id), u -> u.set(Todo_.DONE, true));
  }

  /** Deletes a todo. */
  public void deleteTodo(int id) {
    todos.delete(Todo_.id(id));
  }

  /** Deletes a user; refused (by the database) while they have todos. */
  @Transactional
  public void deleteUser(int id) {
    users.delete(User_.id(id));
  }
}
