package io.orderflow.security;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import io.orderflow.web.WebSlice;
import io.orderflow.workflow.OrderflowGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a {@code @WebMvcTest} of an API controller needs besides the controller: the real
 * security rules, problem answers, strict JSON and authentication of Camunda users, with
 * only Camunda's user store and the API client table standing in. It knows the shop's
 * system account and a warehouse clerk, as the demo users do. The HTTP contract's part is
 * {@link WebSlice}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, SecurityProblems.class, EngineUserAuthenticationProvider.class,
		BearerAuthentication.class, FailedAuthentications.class, TrackingRateLimit.class, WebSlice.class })
public class ApiSlice {

	/** The shop's system account, in group order-api; the password is the name. */
	public static final String SHOP = "shop";

	/** Warehouse staff: works in Tasklist, may not use the API. */
	public static final String CLERK = "wendy";

	/** HTTP Basic credentials on a request, as a shop's client sends them. */
	public static RequestPostProcessor basic(String user, String password) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION,
					"Basic " + HttpHeaders.encodeBasicAuth(user, password, StandardCharsets.UTF_8));
			return request;
		};
	}

	@Bean
	IdentityService identityService() {
		IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
		member(identity, SHOP, OrderflowGroups.ORDER_API);
		member(identity, CLERK, OrderflowGroups.WAREHOUSE);
		return identity;
	}

	@Bean
	EngineUserPasswords engineUserPasswords() {
		EngineUserPasswords passwords = mock(EngineUserPasswords.class);
		when(passwords.matches(SHOP, SHOP)).thenReturn(true);
		when(passwords.matches(CLERK, CLERK)).thenReturn(true);
		return passwords;
	}

	@Bean
	ApiClients apiClients() {
		return mock(ApiClients.class);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	private static void member(IdentityService identity, String user, String groupId) {
		Group group = mock(Group.class);
		when(group.getId()).thenReturn(groupId);
		when(identity.createGroupQuery().groupMember(user).list()).thenReturn(List.of(group));
	}

}
