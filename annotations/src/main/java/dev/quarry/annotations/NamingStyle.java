package dev.quarry.annotations;

/** How Quarry derives database names from Java names; see {@link Naming}. */
public enum NamingStyle {
  /**
   * Quarry's default: tables are the record name in snake_case plural ({@code BlogPost} →
   * {@code blog_posts}), columns and enum types in snake_case ({@code authorId} →
   * {@code author_id}), join tables {@code _<a>_to_<b>} with columns {@code a_id}, {@code b_id}.
   */
  SNAKE_CASE,
  /**
   * Names as written, as Prisma derives them: table {@code BlogPost}, column {@code authorId},
   * enum type {@code Role}, constraint names {@code BlogPost_pkey}, {@code BlogPost_authorId_fkey};
   * join tables {@code _PostToTag} with columns {@code A} and {@code B}, primary key
   * {@code _PostToTag_AB_pkey} and index {@code _PostToTag_B_index}.
   */
  VERBATIM
}
