/**
 * Who may do what: API keys, OAuth2 and Basic authentication, rate limits, the staff
 * groups' grants in the engine, and the partners' signed webhooks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = { "infrastructure", "web", "workflow" })
package io.orderflow.security;
