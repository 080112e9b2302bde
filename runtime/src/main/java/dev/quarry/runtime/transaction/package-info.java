/**
 * Transactions: their options (isolation, read-only, retries), the body a transaction runs, and
 * the hook through which a container's transactions (Spring's) are joined.
 */
package dev.quarry.runtime.transaction;
