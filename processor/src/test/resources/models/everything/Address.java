package everything;

import java.util.List;

/** A plain record, stored as JSON wherever a model holds one. */
public record Address(String street, String city, int zip, Geo geo, List<String> lines) {}
