package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.it.model.Author;
import dev.quarry.it.model.Book;
import dev.quarry.it.model.Book_;
import dev.quarry.it.model.Format;
import dev.quarry.it.model.Genre;
import dev.quarry.it.model.Genre_;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Naming(NamingStyle.VERBATIM)}: the catalog Prisma would make for the same models, used through the client. */
class VerbatimNamingTest extends ClientTest {

  private List<String> catalog(String sql) {
    return db.queryRaw(sql, rs -> rs.getString(1));
  }

  @Test
  void namesAreAsWrittenAndConstraintsFollowPrismasPatterns() {
    assertEquals(List.of("id", "title", "format", "authorId"),
        catalog("select column_name from information_schema.columns where table_name = 'Book' order by ordinal_position"));
    assertEquals(List.of("Book_authorId_fkey", "Book_pkey"),
        catalog("select conname from pg_constraint where conrelid = '\"Book\"'::regclass order by conname"));
    assertEquals(List.of("Author_pkey"),
        catalog("select conname from pg_constraint where conrelid = '\"Author\"'::regclass order by conname"));
    assertEquals(List.of("Author_penName_key", "Author_pkey"),
        catalog("select indexname from pg_indexes where tablename = 'Author' order by indexname"),
        "a unique is a unique index, as Prisma makes it");
    assertEquals(List.of("Format"), catalog("select typname from pg_type where typname = 'Format'"));
    assertEquals(List.of("nextval('\"Book_id_seq\"'::regclass) NO"), catalog("select column_default || ' ' || is_identity "
        + "from information_schema.columns where table_name = 'Book' and column_name = 'id'"), "autoincrement is a SERIAL, as Prisma makes it");
    assertEquals(List.of("A", "B"),
        catalog("select column_name from information_schema.columns where table_name = '_BookToGenre' order by ordinal_position"));
    assertEquals(List.of("_BookToGenre_AB_pkey", "_BookToGenre_B_index"),
        catalog("select indexname from pg_indexes where tablename = '_BookToGenre' order by indexname"));

    Author author = client.authors().create(new Author(null, "Ada", null));
    dev.quarry.runtime.error.UniqueConstraintException duplicate = org.junit.jupiter.api.Assertions.assertThrows(
        dev.quarry.runtime.error.UniqueConstraintException.class, () -> client.authors().create(new Author(null, "Ada", null)));
    assertEquals(List.of("penName"), duplicate.fields());
    Genre essays = client.genres().create(new Genre(null, "essays", null));
    Book book = client.books().create(new Book(null, "Notes", null, null, author.id(), null),
        c -> c.connect(Book_.GENRES, Genre_.id(essays.id())));
    Book read = client.books().findUniqueOrThrow(Book_.id(book.id()), q -> q.include(Book_.AUTHOR.include(), Book_.GENRES.include()));
    assertEquals(Format.HARDCOVER, read.format());
    assertEquals(book.id(), client.books().findUniqueOrThrow(Book_.authorTitle(author.id(), "Notes")).id(), "a named lookup");
    assertEquals("Ada", read.author().penName());
    assertEquals(List.of("essays"), read.genres().stream().map(Genre::label).toList());
  }
}
