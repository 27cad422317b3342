package io.orderflow.security;

import java.util.ArrayList;
import java.util.List;

import io.orderflow.workflow.OrderflowGroups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic on /api and the actuator: Camunda users, one set of accounts and groups for
 * Tasklist, the engine REST API and /api. The password is checked without Camunda's
 * lockout ({@link EngineUserPasswords}). Members of {@code order-api} get the scopes a
 * shop needs, customer service what its desk needs ({@link #CUSTOMER_SERVICE_SCOPES}),
 * administrators every scope and {@code ROLE_ADMIN}, warehouse staff and fraud analysts
 * none. A verified user and password is remembered for
 * {@code orderflow.security.basic-cache-ttl}, so requests do not read the identity tables
 * each time; a changed password or group membership takes effect after that.
 */
@Component
class EngineUserAuthenticationProvider implements AuthenticationProvider {

	static final List<ApiScope> ORDER_API_SCOPES = List.of(ApiScope.ORDERS_READ, ApiScope.ORDERS_WRITE,
			ApiScope.INVENTORY_WRITE);

	/**
	 * Customer service reads and searches orders, their mails and webhook deliveries,
	 * cancels and starts returns; it neither places orders nor books stock.
	 */
	static final List<ApiScope> CUSTOMER_SERVICE_SCOPES = List.of(ApiScope.ORDERS_READ, ApiScope.ORDERS_CANCEL,
			ApiScope.RETURNS_CREATE, ApiScope.WEBHOOKS_READ);

	private final IdentityService identity;

	private final EngineUserPasswords passwords;

	private final VerifiedCredentials<Authentication> verified;

	EngineUserAuthenticationProvider(IdentityService identity, EngineUserPasswords passwords,
			SecurityProperties properties) {
		this.identity = identity;
		this.passwords = passwords;
		this.verified = new VerifiedCredentials<>(properties.basicCacheTtl());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		Object password = authentication.getCredentials();
		if (user == null || password == null) {
			throw new BadCredentialsException("Unknown user or wrong password");
		}
		Authentication granted = verified.grant(user + '\u0000' + password,
				() -> passwords.matches(user, password.toString())
						? UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user)) : null);
		if (granted == null) {
			throw new BadCredentialsException("Unknown user or wrong password");
		}
		return granted;
	}

	private List<GrantedAuthority> authorities(String user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		identity.createGroupQuery().groupMember(user).list().forEach(group -> {
			authorities.add(new SimpleGrantedAuthority(authority(group.getId())));
			if (OrderflowGroups.ORDER_API.equals(group.getId())) {
				ORDER_API_SCOPES.forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
			}
			if (OrderflowGroups.CUSTOMER_SERVICE.equals(group.getId())) {
				CUSTOMER_SERVICE_SCOPES
					.forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
			}
			if (OrderflowGroups.MANAGERS.equals(group.getId())) {
				authorities.add(new SimpleGrantedAuthority(ApiScope.REPORTS_READ.authority()));
			}
			if (OrderflowGroups.ADMIN.equals(group.getId())) {
				authorities.add(new SimpleGrantedAuthority(SecurityConfiguration.ADMIN_ROLE));
				for (ApiScope scope : ApiScope.values()) {
					authorities.add(new SimpleGrantedAuthority(scope.authority()));
				}
			}
		});
		return authorities.stream().distinct().toList();
	}

	static String authority(String groupId) {
		return "GROUP_" + groupId;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
