package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Index;
import dev.quarry.annotations.IndexMethod;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import java.util.List;

/** Records stored as JSON: one, an optional one, and a list; the destination has a GIN index for containment filters. */
@Model
@Index(value = "destination", using = IndexMethod.GIN)
public record Shipment(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    String reference,
    Destination destination,
    @Nullable Destination returnTo,
    List<Parcel> parcels) {}
