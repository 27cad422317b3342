/**
 * The process contract the diagrams and the code share: variable and message names, typed
 * accessors, timers, staff groups and their task grants.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow", allowedDependencies = { "system" })
package io.orderflow.workflow;
