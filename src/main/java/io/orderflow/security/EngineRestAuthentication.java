package io.orderflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic on {@code /engine-rest}: Camunda's filter, so the engine checks every call
 * against the caller's authorizations, with two costs of every request taken out. The
 * password is checked by {@code IdentityService.checkPassword} (Camunda's lockout counts
 * wrong ones), and a verified login is remembered with its groups and tenants
 * ({@link VerifiedCredentials}) instead of three identity queries per request. And the
 * engine is this application's: Camunda's REST classes look their engine up through a
 * {@code ServiceLoader} on every request, which scans the whole fat jar; during the
 * request they see {@link CachedServiceFiles} instead.
 */
final class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

	private final Supplier<ProcessEngine> engine;

	private final ClassLoader serviceFiles;

	EngineRestAuthentication(Supplier<ProcessEngine> engine, Duration cacheTtl) {
		this.engine = engine;
		this.authenticationProvider = new RememberedBasicLogins(new VerifiedCredentials<>(cacheTtl));
		this.serviceFiles = new CachedServiceFiles(EngineRestAuthentication.class.getClassLoader());
	}

	@Override
	public void init(FilterConfig filterConfig) {
		// The provider is set in the constructor, not named by an init parameter.
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Thread thread = Thread.currentThread();
		ClassLoader original = thread.getContextClassLoader();
		thread.setContextClassLoader(serviceFiles);
		try {
			super.doFilter(request, response, chain);
		}
		finally {
			thread.setContextClassLoader(original);
		}
	}

	@Override
	protected void setAuthenticatedUser(ProcessEngine engine, String userId, List<String> groupIds,
			List<String> tenantIds) {
		// The remembered lists are shared by requests; the engine gets its own copies.
		super.setAuthenticatedUser(engine, userId, new ArrayList<>(groupIds), new ArrayList<>(tenantIds));
	}

	@Override
	protected ProcessEngine getAddressedEngine(String engineName) {
		ProcessEngine ours = engine.get();
		return engineName == null || engineName.equals(DEFAULT_ENGINE_NAME) || engineName.equals(ours.getName()) ? ours
				: null;
	}

	private static final class RememberedBasicLogins extends HttpBasicAuthenticationProvider {

		private final VerifiedCredentials<AuthenticationResult> verified;

		RememberedBasicLogins(VerifiedCredentials<AuthenticationResult> verified) {
			this.verified = verified;
		}

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			String header = request.getHeader("Authorization");
			if (header == null || !header.startsWith(BASIC_AUTH_HEADER_PREFIX)) {
				return AuthenticationResult.unsuccessful();
			}
			String credentials;
			try {
				credentials = new String(
						Base64.getDecoder().decode(header.substring(BASIC_AUTH_HEADER_PREFIX.length())),
						StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException notBase64) {
				return AuthenticationResult.unsuccessful();
			}
			int colon = credentials.indexOf(':');
			if (colon < 0) {
				return AuthenticationResult.unsuccessful();
			}
			String user = credentials.substring(0, colon);
			String password = credentials.substring(colon + 1);
			AuthenticationResult granted = verified.grant(user + '\u0000' + password,
					() -> isAuthenticated(engine, user, password) ? withMemberships(engine.getIdentityService(), user)
							: null);
			return granted != null ? granted : AuthenticationResult.unsuccessful(user);
		}

		private static AuthenticationResult withMemberships(IdentityService identity, String user) {
			AuthenticationResult result = AuthenticationResult.successful(user);
			result.setGroups(identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
			List<String> tenants = identity.createTenantQuery()
				.userMember(user)
				.includingGroupsOfUser(true)
				.list()
				.stream()
				.map(Tenant::getId)
				.toList();
			result.setTenants(tenants);
			return result;
		}

	}

}
