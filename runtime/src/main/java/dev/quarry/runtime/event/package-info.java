/**
 * What the runtime tells of each statement it runs: a {@link dev.quarry.runtime.event.QueryListener}
 * registered on the {@code Database} receives a {@link dev.quarry.runtime.event.QueryEvent} with the
 * SQL, its bound values, the rows read or changed and the time taken.
 */
package dev.quarry.runtime.event;
