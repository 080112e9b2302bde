package dev.quarry.it;

import dev.quarry.it.model.QuarryClient;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;

/**
 * A process that opens a database, creates a user, finds it by id and by email and deletes it by
 * id: {@code LookupProbe <jdbc url> <user> [password]}.
 */
public final class LookupProbe {

  private LookupProbe() {}

  /** Prints the email found and the name of the row deleted. */
  public static void main(String[] args) {
    DatabaseUrl url = new DatabaseUrl(args[0], args[1].isEmpty() ? null : args[1], args.length > 2 ? args[2] : null);
    try (Database database = Database.builder().url(url).poolSize(1).build()) {
      QuarryClient client = new QuarryClient(database);
      User created = client.users().create(User.of("probe@compiled.example", "Probe"));
      String email = client.users().findUniqueOrThrow(User_.id(created.id())).email();
      System.out.println(email + " " + client.users().delete(User_.email(email)).name());
    }
  }
}
