package dev.quarry.annotations;

/** PostgreSQL's index access methods, for {@link Index#using()}. */
public enum IndexMethod {
  /** The default: equality and ranges, sorted. */
  BTREE,
  /** Equality only; never unique. */
  HASH,
  /** Inverted: arrays, {@code jsonb}, full text. */
  GIN,
  /** Generalized search trees: ranges, geometry, full text. */
  GIST,
  /** Space-partitioned trees. */
  SPGIST,
  /** Block ranges: tiny, for columns that follow the physical order (append-only timestamps). */
  BRIN
}
