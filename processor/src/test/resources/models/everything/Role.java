package everything;

import dev.quarry.annotations.Map;

/** Stored as the PostgreSQL enum type user_role, with one label renamed. */
@Map("user_role")
public enum Role {
  USER,
  ADMIN,
  @Map("super_admin") SUPER_ADMIN
}
