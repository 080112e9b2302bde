package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.it.model.Trigger;
import dev.quarry.it.model.Webhook;
import dev.quarry.it.model.Webhook_;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of an enum whose PostgreSQL type name has upper case ("WebhookTriggerEvents", as Prisma names it). */
class EnumListTest extends ClientTest {

  @Test
  void createUpdateAndFilterByAnEnumListWithAMixedCaseTypeName() {
    Webhook hook = client.webhooks().create(new Webhook(null, List.of(Trigger.BOOKING_CREATED)));
    client.webhooks().update(Webhook_.id(hook.id()), u -> u.set(Webhook_.TRIGGERS, List.of(Trigger.BOOKING_CREATED,
        Trigger.BOOKING_CANCELLED)));

    assertEquals(List.of(Trigger.BOOKING_CREATED, Trigger.BOOKING_CANCELLED),
        client.webhooks().findUniqueOrThrow(Webhook_.id(hook.id())).triggers());
    assertEquals(1, client.webhooks().count(Webhook_.TRIGGERS.hasSome(List.of(Trigger.BOOKING_CANCELLED))));
    assertEquals(1, client.webhooks().count(Webhook_.TRIGGERS.hasEvery(List.of(Trigger.BOOKING_CANCELLED, Trigger.BOOKING_CREATED))));
  }
}
