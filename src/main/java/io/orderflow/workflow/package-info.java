/**
 * The process contract the diagrams and the code share: variable and message names, typed
 * accessors, timers and the staff groups the diagrams name (their grants are security's).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow", allowedDependencies = {})
package io.orderflow.workflow;
