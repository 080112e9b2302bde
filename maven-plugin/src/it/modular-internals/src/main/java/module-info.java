/** A module that tries to use what Quarry keeps to itself. */
module com.acme.peek {
  requires dev.quarry.runtime;
}
