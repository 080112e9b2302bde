package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.it.model.Host;
import dev.quarry.it.model.Host_;
import dev.quarry.runtime.error.QuarryException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text in inet, cidr, xml, bit and varbit columns is written, read and compared as the column's own type. */
class TextTypesTest extends ClientTest {

  @Test
  void writesReadsAndFiltersInTheColumnsOwnType() {
    Host host = client.hosts().create(new Host(null, "10.0.0.1", "10.0.0.0/8", "<host name=\"a\"/>", "1010", "110",
        List.of("10.0.0.2", "::1")));
    client.hosts().create(new Host(null, "192.168.1.1/24", null, null, null, null, null));

    Host read = client.hosts().findUniqueOrThrow(Host_.id(host.id()));
    assertEquals("10.0.0.1", read.address());
    assertEquals("10.0.0.0/8", read.network());
    assertEquals("<host name=\"a\"/>", read.config());
    assertEquals("1010", read.flags());
    assertEquals("110", read.mask());
    assertEquals(List.of("10.0.0.2", "::1"), read.aliases());
    // Compared as inet, not as text: 10.0.0.1/32 is 10.0.0.1.
    assertEquals(1, client.hosts().count(Host_.ADDRESS.eq("10.0.0.1/32")));
    assertEquals(1, client.hosts().count(Host_.NETWORK.isNull()));
    assertEquals(1, client.hosts().count(Host_.ALIASES.has("::1")));
    client.hosts().update(Host_.id(host.id()), u -> u.set(Host_.FLAGS, "0001").set(Host_.NETWORK, null));
    assertEquals("0001", client.hosts().findUniqueOrThrow(Host_.id(host.id())).flags());

    QuarryException bad = assertThrows(QuarryException.class,
        () -> client.hosts().create(new Host(null, "not an address", null, null, null, null, null)));
    assertEquals(true, bad.getMessage().contains("inet"), bad.getMessage());
  }
}
