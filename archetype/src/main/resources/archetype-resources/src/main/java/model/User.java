package ${package}.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.Unique;
import java.util.List;

/** Someone who writes posts. */
@Model
public record User(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    @Unique String email,
    @Nullable String name,
    List<Post> posts) {}
