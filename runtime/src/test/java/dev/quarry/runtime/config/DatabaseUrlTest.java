package dev.quarry.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.runtime.error.ConfigurationException;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void readsPrismaStyleUrls() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s3cr%40t@db.internal:6543/blog?schema=app&sslmode=require");

    assertEquals("jdbc:postgresql://db.internal:6543/blog?currentSchema=app&sslmode=require", url.jdbcUrl());
    assertEquals("app", url.user());
    assertEquals("s3cr@t", url.password());
  }

  @Test
  void pgbouncerTrueMarksAPoolersAddressInEitherForm() {
    DatabaseUrl prisma = DatabaseUrl.parse("postgresql://app@bouncer:6432/shop?pgbouncer=true&schema=app");
    DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://bouncer:6432/shop?sslmode=disable&PgBouncer=TRUE");

    assertTrue(prisma.pgBouncer());
    assertTrue(jdbc.pgBouncer());
    assertEquals("app", prisma.parameter("currentSchema"));
    assertFalse(DatabaseUrl.parse("jdbc:postgresql://db/shop?pgbouncer=false").pgBouncer());
    assertFalse(DatabaseUrl.parse("jdbc:postgresql://db/shop").pgBouncer());
    assertNull(DatabaseUrl.parse("jdbc:postgresql://db/shop").parameter("pgbouncer"));

    DatabaseUrl marked = DatabaseUrl.parse("jdbc:postgresql://db/shop").withPgBouncer();
    assertEquals("jdbc:postgresql://db/shop?pgbouncer=true", marked.jdbcUrl());
    assertEquals(marked, marked.withPgBouncer(), "marked once");
    assertEquals("jdbc:postgresql://db/shop?ssl=true&pgbouncer=true",
        DatabaseUrl.parse("jdbc:postgresql://db/shop?ssl=true").withPgBouncer().jdbcUrl());
  }

  @Test
  void readsJdbcUrlsAsTheyAre() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/test?user=root");

    assertEquals("jdbc:postgresql://localhost:5432/test?user=root", url.jdbcUrl());
    assertNull(url.user());
  }

  @Test
  void acceptsThePostgresSchemeAndAUrlWithoutPortOrUser() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://localhost/test");

    assertEquals("jdbc:postgresql://localhost/test", url.jdbcUrl());
    assertNull(url.password());
  }

  @Test
  void neverShowsThePassword() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://app:hunter2@localhost/blog");

    assertFalse(url.toString().contains("hunter2"), url.toString());
    assertTrue(url.toString().contains("password=****"));
    assertEquals("postgresql://app:****@localhost/blog", DatabaseUrl.redact("postgresql://app:hunter2@localhost/blog"));
    assertEquals("jdbc:postgresql://h/db?password=****&x=1", DatabaseUrl.redact("jdbc:postgresql://h/db?password=hunter2&x=1"));
    assertEquals("postgresql://app:****@127.0.0.1:5432/db", DatabaseUrl.redact("postgresql://app:ssS3cret@Pw_cli@127.0.0.1:5432/db"));
    assertEquals("postgresql://app:****@h/db?x=a@b", DatabaseUrl.redact("postgresql://app:p@ss/w:rd@h/db?x=a@b"));
    assertEquals("postgresql://app@h/db", DatabaseUrl.redact("postgresql://app@h/db"));
  }

  @Test
  void aPasswordWithAnUnencodedAtSignIsNeverHalfPrinted() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> DatabaseUrl.parse("postgresql://app:ssS3cret@Pw_cli@127.0.0.1:5432/db"));
    assertFalse(e.getMessage().contains("S3cret") || e.getMessage().contains("Pw_cli"), e.getMessage());
    assertTrue(e.getMessage().contains("postgresql://app:****@127.0.0.1:5432/db"), e.getMessage());
  }

  @Test
  void badUrlsSayWhatToWriteWithoutThePassword() {
    ConfigurationException mysql = assertThrows(ConfigurationException.class, () -> DatabaseUrl.parse("mysql://root:pw@localhost/x"));
    assertTrue(mysql.getMessage().contains("postgresql://user:password@host:5432/database"), mysql.getMessage());
    assertFalse(mysql.getMessage().contains(":pw@"), mysql.getMessage());
    assertThrows(ConfigurationException.class, () -> DatabaseUrl.parse(" "));
    ConfigurationException noHost = assertThrows(ConfigurationException.class, () -> DatabaseUrl.parse("postgresql:///db"));
    assertTrue(noHost.getMessage().contains("no host"), noHost.getMessage());
  }
}
