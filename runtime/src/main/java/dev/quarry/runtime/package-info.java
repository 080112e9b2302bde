/**
 * The Quarry runtime: the entry points an application uses, and the exceptions it can catch.
 * Query execution, migrations, SQL rendering and JDBC access live in their own sub-packages.
 */
package dev.quarry.runtime;
