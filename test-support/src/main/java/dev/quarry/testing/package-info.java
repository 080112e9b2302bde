/** What Quarry's own test suites share: {@link dev.quarry.testing.TestServer} and {@link dev.quarry.testing.Goldens}. */
package dev.quarry.testing;
