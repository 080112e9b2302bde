package dev.quarry.it.model;

import dev.quarry.annotations.Map;

public enum Role {
  USER,
  ADMIN,
  @Map("super_admin") SUPER_ADMIN
}
