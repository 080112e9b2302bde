package dev.quarry.it.model;

import java.math.BigDecimal;
import java.time.Instant;

/** One parcel of a shipment, stored as an element of a JSON array. */
public record Parcel(String sku, BigDecimal weight, Instant packedAt, Format format) {}
