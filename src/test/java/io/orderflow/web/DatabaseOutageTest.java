package io.orderflow.web;

import static io.orderflow.security.ApiSlice.SHOP;
import static io.orderflow.security.ApiSlice.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import io.orderflow.security.ApiSlice;
import io.orderflow.security.MockedPasswords;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request that fails because the database is out of reach is answered 503 with
 * {@code Retry-After} as a problem, whether it failed in a controller, in the engine or
 * while authenticating; other failures are not disguised as outages. A deadlock or a lock
 * not granted in time is no outage but a concurrent change: 409, retryable, a deadlock
 * after running the request once more.
 */
@WebMvcTest(DatabaseOutageTest.FailingController.class)
@Import({ ApiSlice.class, DatabaseOutageTest.FailingController.class })
class DatabaseOutageTest implements MockedPasswords {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@MockitoBean
	IdempotencyRecords records;

	@Test
	void noConnectionFromThePoolIs503WithRetryAfter() throws Exception {
		MockedPasswords.accept(context, SHOP, SHOP);

		mvc.perform(get("/api/orders/no-connection").with(basic(SHOP, SHOP)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Service unavailable"))
			.andExpect(jsonPath("$.status").value(503));
	}

	@Test
	void aConnectionTerminatedUnderTheEngineIs503() throws Exception {
		MockedPasswords.accept(context, SHOP, SHOP);

		mvc.perform(get("/api/orders/terminated-in-engine").with(basic(SHOP, SHOP)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.title").value("Service unavailable"));
	}

	@Test
	void aRollbackOnAClosedConnectionIs503() throws Exception {
		MockedPasswords.accept(context, SHOP, SHOP);

		mvc.perform(get("/api/orders/rollback-failed").with(basic(SHOP, SHOP)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.title").value("Service unavailable"));
	}

	@Test
	void anEngineFailureWithoutAConnectionProblemIsNotAnOutage() {
		MockedPasswords.accept(context, SHOP, SHOP);

		assertThatThrownBy(() -> mvc.perform(get("/api/orders/engine-bug").with(basic(SHOP, SHOP))))
			.hasRootCauseInstanceOf(ProcessEngineException.class)
			.hasRootCauseMessage("Unknown property");
	}

	@Test
	void aDatabaseOutageWhileAuthenticatingIs503NotAnAuthenticationFailure() throws Exception {
		MockedPasswords.failWith(context, new CannotCreateTransactionException("Could not open JDBC Connection",
				new SQLTransientConnectionException("Connection is not available, request timed out", "08001")));

		mvc.perform(get("/api/orders/anything").with(basic(SHOP, SHOP)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Service unavailable"));
	}

	@Test
	void aRequestCutOffByTheOutageFreesItsIdempotencyKeyForTheRetry() throws Exception {
		MockedPasswords.accept(context, SHOP, SHOP);
		when(records.claim(anyString(), eq("order-1"), anyString(), any())).thenReturn(true);

		mvc.perform(post("/api/orders").with(basic(SHOP, SHOP))
			.header("Idempotency-Key", "order-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.title").value("Service unavailable"));

		verify(records).release(anyString(), eq("order-1"));
		verify(records, never()).keep(anyString(), anyString(), anyInt(), any(), any(), any());
	}

	@Test
	void aDeadlockIsRunOnceMoreThenAnswered409RetryableNeverAnOutage() throws Exception {
		MockedPasswords.accept(context, SHOP, SHOP);
		when(records.claim(anyString(), eq("cancel-1"), anyString(), any())).thenReturn(true);
		FailingController.deadlocks.set(0);

		mvc.perform(post("/api/orders/OF-1/cancel").with(basic(SHOP, SHOP))
			.header("Idempotency-Key", "cancel-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.retryable").value(true))
			.andExpect(jsonPath("$.detail").value(ConcurrentChange.DETAIL));

		assertThat(FailingController.deadlocks).as("run once more inside the server").hasValue(2);
		verify(records, never()).keep(anyString(), eq("cancel-1"), anyInt(), any(), any(), any());
		verify(records).release(anyString(), eq("cancel-1"));
	}

	@Test
	void aLockNotGrantedInTimeIs409NotAnOutage() throws Exception {
		MockedPasswords.accept(context, SHOP, SHOP);

		mvc.perform(get("/api/orders/lock-timeout").with(basic(SHOP, SHOP)))
			.andExpect(status().isConflict())
			.andExpect(header().doesNotExist("Retry-After"))
			.andExpect(jsonPath("$.retryable").value(true));
	}

	@RestController
	static class FailingController {

		static final AtomicInteger deadlocks = new AtomicInteger();

		/** Loses a deadlock every time it runs. */
		@PostMapping("/api/orders/{orderNumber}/cancel")
		@Idempotent
		String cancel(@PathVariable String orderNumber) {
			deadlocks.incrementAndGet();
			throw new ProcessEngineException("An exception occurred in the persistence layer",
					new PersistenceException(new SQLException("ERROR: deadlock detected", "40P01")));
		}

		/**
		 * Fails outside the controller advice's reach, as a broken connection in a filter
		 * would.
		 */
		@PostMapping("/api/orders")
		@Idempotent
		String place() {
			throw new IllegalStateException(new SQLException("This connection has been closed.", "08003"));
		}

		@GetMapping("/api/orders/{failure}")
		String fail(@PathVariable String failure) {
			throw switch (failure) {
				case "no-connection" -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
				case "terminated-in-engine" -> new ProcessEngineException(
						"An exception occurred in the persistence layer", new PersistenceException(new SQLException(
								"FATAL: terminating connection due to administrator command", "57P01")));
				case "rollback-failed" -> {
					TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
							new SQLException("Connection is closed"));
					rollback.initApplicationException(new ProcessEngineException(
							"An exception occurred in the persistence layer",
							new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
					yield rollback;
				}
				case "lock-timeout" -> new CannotAcquireLockException("Timeout trying to lock table",
						new SQLException("Timeout trying to lock table \"CUSTOMER_ORDER\"", "HYT00"));
				default -> new ProcessEngineException("Unknown property");
			};
		}

	}

}
