package io.orderflow.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.orderflow.workflow.OrderflowGroups;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which scope each /api request needs, in the order the rules are tried: the security
 * chain grants by them, and a refusal names the scope the caller lacks from the same
 * table. A broader scope a system already holds also does (a shop's {@code orders:write}
 * cancels and starts returns; {@code webhooks:admin} reads the deliveries), and the
 * packer's group prints labels. What no rule names is for administrators.
 */
final class ApiScopeRules {

	record Rule(RequestMatcher matcher, ApiScope scope, List<String> alsoGranted) {

		String[] authorities() {
			return Stream.concat(Stream.of(scope.authority()), alsoGranted.stream()).toArray(String[]::new);
		}

	}

	static final List<Rule> RULES = List.of(
			rule(HttpMethod.GET, ApiScope.WEBHOOKS_READ, List.of(ApiScope.WEBHOOKS_ADMIN.authority()),
					"/api/webhook-subscriptions", "/api/webhook-subscriptions/**"),
			rule(null, ApiScope.WEBHOOKS_ADMIN, List.of(), "/api/webhook-subscriptions",
					"/api/webhook-subscriptions/**"),
			// The packer prints the label from the link in "Print label and hand over".
			rule(HttpMethod.GET, ApiScope.ORDERS_READ,
					List.of(EngineUserAuthenticationProvider.authority(OrderflowGroups.WAREHOUSE)),
					"/api/shipments/*/label"),
			rule(HttpMethod.GET, ApiScope.REPORTS_READ, List.of(), "/api/kpis"),
			rule(HttpMethod.GET, ApiScope.ORDERS_READ, List.of(), "/api/orders", "/api/orders/**", "/api/order-changes",
					"/api/exports/orders.csv", "/api/products", "/api/products/**", "/api/inventory/**",
					"/api/returns/**"),
			rule(HttpMethod.POST, ApiScope.ORDERS_CANCEL, List.of(ApiScope.ORDERS_WRITE.authority()),
					"/api/orders/*/cancel"),
			rule(HttpMethod.POST, ApiScope.RETURNS_CREATE, List.of(ApiScope.ORDERS_WRITE.authority()),
					"/api/orders/*/returns"),
			rule(HttpMethod.POST, ApiScope.ORDERS_WRITE, List.of(), "/api/orders", "/api/orders/*/payment",
					"/api/returns/*/receipt"),
			rule(HttpMethod.POST, ApiScope.INVENTORY_WRITE, List.of(), "/api/inventory/*/receipts",
					"/api/inventory/*/adjustments"),
			rule(HttpMethod.PUT, ApiScope.INVENTORY_WRITE, List.of(), "/api/inventory/*/bins/*"));

	private ApiScopeRules() {
	}

	/** The scope the request needs; empty where only administrators may call. */
	static Optional<ApiScope> requiredScope(HttpServletRequest request) {
		return RULES.stream().filter(rule -> rule.matcher().matches(request)).map(Rule::scope).findFirst();
	}

	private static Rule rule(HttpMethod method, ApiScope scope, List<String> alsoGranted, String... patterns) {
		List<RequestMatcher> matchers = Arrays.stream(patterns)
			.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(method, pattern))
			.toList();
		return new Rule(new OrRequestMatcher(matchers), scope, alsoGranted);
	}

}
