package dev.quarry.it.model;

/** A point, nested in a {@link Destination}. */
public record Coordinates(double lat, double lon) {}
