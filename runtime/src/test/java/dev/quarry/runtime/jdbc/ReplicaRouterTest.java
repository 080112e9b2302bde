package dev.quarry.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WAL positions compare as the log runs, and a router without replicas sends everything to the primary. */
class ReplicaRouterTest {

  @Test
  void positionsOrderAsTheLogDoesAcrossTheSlash() {
    assertEquals(0x16B374D848L, ReplicaRouter.lsn("16/B374D848"));
    assertTrue(ReplicaRouter.lsn("1/0") > ReplicaRouter.lsn("0/FFFFFFFF"), "the high half counts first");
    assertTrue(ReplicaRouter.lsn("0/3000060") > ReplicaRouter.lsn("0/300005F"));
    assertEquals(0, ReplicaRouter.lsn(null), "a server that is not a replica reports none");
  }

  @Test
  void withoutReplicasNothingIsRoutedAndOnPrimaryJustRuns() {
    ReplicaRouter none = new ReplicaRouter(List.of(), Duration.ofSeconds(10), Duration.ofMillis(100));

    assertFalse(none.enabled());
    assertFalse(ReplicaRouter.NONE.enabled());
    assertEquals("ran", none.onPrimary(() -> {
      assertTrue(none.primaryForced(), "inside the block");
      return "ran";
    }));
    assertFalse(none.primaryForced(), "after the block");
  }
}
