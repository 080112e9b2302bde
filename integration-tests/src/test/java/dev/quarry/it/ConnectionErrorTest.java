package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quarry.it.model.UserRepository;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.error.ConnectionFailedException;
import dev.quarry.runtime.error.DatabaseException;
import dev.quarry.testing.TestServer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a newcomer meets first: a database that is not there, refuses them, or has no tables yet. */
class ConnectionErrorTest {

  private static String hostAndPort(DatabaseUrl url) {
    return url.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
  }

  @Test
  void aServerThatIsDownIsNamedWithWhatToCheck() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String url = "postgresql://app:secret@127.0.0.1:" + port + "/shop";

    ConnectionFailedException e = assertThrows(ConnectionFailedException.class, () -> Database.connect(url));

    assertTrue(e.getMessage().startsWith("Cannot connect to PostgreSQL at 127.0.0.1:" + port + "/shop"), e.getMessage());
    assertTrue(e.getMessage().contains("Is the server running"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
    assertEquals("08001", e.sqlState());
  }

  @Test
  void anUnknownDatabaseSaysHowToCreateIt() {
    DatabaseUrl server = TestDatabase.server();
    DatabaseUrl missing = TestServer.withDatabase(server, "quarry_no_such_db");

    ConnectionFailedException e = assertThrows(ConnectionFailedException.class, () -> Database.builder().url(missing).build());

    assertEquals("3D000", e.sqlState());
    assertTrue(e.getMessage().contains("has no such database"), e.getMessage());
    assertTrue(e.getMessage().contains("createdb"), e.getMessage());
  }

  @Test
  void aWrongPasswordIsSaidToBeTheProblem() throws Exception {
    DatabaseUrl server = TestDatabase.server();
    try (Database admin = Database.builder().url(server).poolSize(1).build()) {
      Path hba = Path.of(admin.queryRaw("show hba_file", rs -> rs.getString(1)).get(0));
      assumeTrue(Files.isWritable(hba), "the test server's pg_hba.conf is not writable by the tests");
      String original = Files.readString(hba, StandardCharsets.UTF_8);
      admin.executeRaw("do $$ begin if not exists (select from pg_roles where rolname = 'quarry_pw') then "
          + "create role quarry_pw login password 'right-password'; end if; end $$");
      Files.writeString(hba, "host all quarry_pw 127.0.0.1/32 scram-sha-256\nhost all quarry_pw ::1/128 scram-sha-256\n" + original,
          StandardCharsets.UTF_8);
      admin.queryRaw("select pg_reload_conf()", rs -> rs.getBoolean(1));
      try {
        String url = "postgresql://quarry_pw:wrong-password@" + hostAndPort(server).replace("localhost", "127.0.0.1") + "/postgres";

        ConnectionFailedException e = assertThrows(ConnectionFailedException.class, () -> Database.connect(url));

        assertEquals("28P01", e.sqlState());
        assertTrue(e.getMessage().contains("refused the password"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-password"), e.getMessage());
      } finally {
        Files.writeString(hba, original, StandardCharsets.UTF_8);
        admin.queryRaw("select pg_reload_conf()", rs -> rs.getBoolean(1));
      }
    }
  }

  @Test
  void missingTablesSayHowToMigrate() {
    try (Database db = TestDatabase.empty()) {
      DatabaseException e = assertThrows(DatabaseException.class, () -> new UserRepository(db).count());

      assertEquals("42P01", e.sqlState());
      assertTrue(e.getMessage().contains("relation \"users\" does not exist"), e.getMessage());
      assertTrue(e.getMessage().contains("quarry migrate deploy") && e.getMessage().contains("mvn quarry:migrate-dev"),
          e.getMessage());
    }
  }
}
