package io.orderflow.security;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a system or a person may do on /api. API keys carry them, JWTs of the configured
 * issuer name them in their {@code scope} claim, and Camunda users get them through their
 * groups ({@link EngineUserAuthenticationProvider}). Which request needs which is
 * {@link ApiScopeRules}.
 */
enum ApiScope {

	ORDERS_READ("orders:read"), ORDERS_WRITE("orders:write"), ORDERS_CANCEL("orders:cancel"),
	RETURNS_CREATE("returns:create"), INVENTORY_WRITE("inventory:write"), WEBHOOKS_READ("webhooks:read"),
	WEBHOOKS_ADMIN("webhooks:admin"), REPORTS_READ("reports:read");

	private final String value;

	ApiScope(String value) {
		this.value = value;
	}

	@JsonValue
	String value() {
		return value;
	}

	/** The Spring Security authority, as the resource server names a JWT's scopes. */
	String authority() {
		return "SCOPE_" + value;
	}

	@JsonCreator
	static ApiScope of(String value) {
		return Arrays.stream(values())
			.filter(scope -> scope.value.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown scope '" + value + "', known are "
					+ Arrays.stream(values()).map(ApiScope::value).toList()));
	}

}
