package dev.quarry.it.model;

import dev.quarry.annotations.Naming;
import dev.quarry.annotations.NamingStyle;

/** An enum type named as written: "Format". */
@Naming(NamingStyle.VERBATIM)
public enum Format {
  HARDCOVER,
  EBOOK
}
