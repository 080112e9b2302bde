package dev.quarry.it.model;

import dev.quarry.annotations.Map;

/** An enum whose database type name has upper case, as Prisma names them. */
@Map("WebhookTriggerEvents")
public enum Trigger {
  BOOKING_CREATED,
  BOOKING_CANCELLED
}
