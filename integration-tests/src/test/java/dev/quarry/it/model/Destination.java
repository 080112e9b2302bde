package dev.quarry.it.model;

import java.util.List;

/** Where a shipment goes: a record stored as JSON, with a nested record and a list. */
public record Destination(String city, String country, int zip, Coordinates at, List<String> lines) {}
