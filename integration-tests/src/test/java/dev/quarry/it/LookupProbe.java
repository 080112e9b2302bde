package dev.quarry.it;

import dev.quarry.it.model.QuarryClient;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;

/** A process that opens a database and finds one user by id and by email: {@code LookupProbe <jdbc url> <user> [password]}. */
public final class LookupProbe {

  private LookupProbe() {}

  /** Prints the two emails found. */
  public static void main(String[] args) {
    DatabaseUrl url = new DatabaseUrl(args[0], args[1].isEmpty() ? null : args[1], args.length > 2 ? args[2] : null);
    try (Database database = Database.builder().url(url).poolSize(1).build()) {
      QuarryClient client = new QuarryClient(database);
      String email = client.users().findUniqueOrThrow(User_.id(1)).email();
      System.out.println(email + " " + client.users().findUniqueOrThrow(User_.email(email)).name());
    }
  }
}
