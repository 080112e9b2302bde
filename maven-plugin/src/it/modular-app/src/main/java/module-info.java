/** A shop whose data layer is Quarry, on the module path. */
module com.acme.shop {
  requires dev.quarry.runtime;
  requires dev.quarry.migrate;
  requires static dev.quarry.annotations;

  exports com.acme.shop;
  exports com.acme.shop.model;
}
