package io.orderflow.web;

import static org.mockito.Mockito.mock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * What the HTTP contract needs in a {@code @WebMvcTest} besides what the slice brings
 * (the exception handler, the body-size and idempotency filters): strict JSON, and the
 * idempotency records and transactions a slice has no database for. Requests in a slice
 * carry no {@code Idempotency-Key}, so they pass that filter untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(StrictJson.class)
public class WebSlice {

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

}
