package io.orderflow.system;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.orderflow.workflow.OrderflowGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a {@code @WebMvcTest} of an API controller needs besides the controller: the real
 * security rules, problem answers, strict JSON and authentication of Camunda users, with
 * only Camunda's user store and the API client table standing in. It knows the shop's
 * system account and a warehouse clerk, as the demo users do. The exception handler and
 * the body-size and idempotency filters come into every slice on their own; the
 * idempotency records live in the database, which a slice has not, so requests here carry
 * no {@code Idempotency-Key} and pass that filter untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, SecurityProblems.class, EngineUserAuthenticationProvider.class,
		BearerAuthentication.class, FailedAuthentications.class, TrackingRateLimit.class, StrictJson.class,
		ClockConfiguration.class })
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
	IdempotencyRecords idempotencyRecords() {
		return mock(IdempotencyRecords.class);
	}

	/** Transactions that hold nothing: a slice has no database. */
	@Bean
	PlatformTransactionManager transactionManager() {
		return new AbstractPlatformTransactionManager() {

			@Override
			protected Object doGetTransaction() {
				return new Object();
			}

			@Override
			protected void doBegin(Object transaction, TransactionDefinition definition) {
			}

			@Override
			protected void doCommit(DefaultTransactionStatus status) {
			}

			@Override
			protected void doRollback(DefaultTransactionStatus status) {
			}

		};
	}

	private static void member(IdentityService identity, String user, String groupId) {
		Group group = mock(Group.class);
		when(group.getId()).thenReturn(groupId);
		when(identity.createGroupQuery().groupMember(user).list()).thenReturn(List.of(group));
	}

}
