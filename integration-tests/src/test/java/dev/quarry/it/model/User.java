package dev.quarry.it.model;

import dev.quarry.annotations.DbType;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.Unique;
import java.util.List;

@Model
public record User(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    @Unique @DbType("varchar(320)") String email,
    @Nullable String name,
    @Default("USER") Role role,
    @Default("0") Integer logins,
    List<Post> posts,
    List<Todo> todos,
    @Nullable Profile profile) {

  /** A new user with the given email and name; everything else defaults. */
  public static User of(String email, String name) {
    return new User(null, email, name, null, null, null, null, null);
  }
}
