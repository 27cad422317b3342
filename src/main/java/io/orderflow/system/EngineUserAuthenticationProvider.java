package io.orderflow.system;

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
 * API callers are Camunda users: one set of accounts and groups for Tasklist, the engine
 * REST API and /api.
 */
@Component
class EngineUserAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;

	EngineUserAuthenticationProvider(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		Object password = authentication.getCredentials();
		if (user == null || password == null || !identity.checkPassword(user, password.toString())) {
			throw new BadCredentialsException("Unknown user or wrong password");
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		identity.createGroupQuery().groupMember(user).list().forEach(group -> {
			authorities.add(new SimpleGrantedAuthority(authority(group.getId())));
			if (OrderflowGroups.ADMIN.equals(group.getId())) {
				authorities.add(new SimpleGrantedAuthority(SecurityConfiguration.ADMIN_ROLE));
			}
		});
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	static String authority(String groupId) {
		return "GROUP_" + groupId;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
