/**
 * What every node runs on: migrations, the start-up lock, the clock, background work,
 * event resubmission and the start-up checks of providers and production secrets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infrastructure", allowedDependencies = {})
package io.orderflow.infrastructure;
