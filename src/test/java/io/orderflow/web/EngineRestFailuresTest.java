package io.orderflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.ws.rs.core.Response;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * What the engine REST API answers for a database outage and for a race, where Camunda's
 * own mappers answer 500; anything else stays Camunda's.
 */
class EngineRestFailuresTest {

	@Test
	void aConnectionTerminatedUnderTheEngineIs503WithRetryAfter() {
		Response answer = EngineRestFailures.answer(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
				new ProcessEngineException("An exception occurred in the persistence layer",
						new PersistenceException(new SQLException(
								"FATAL: terminating connection due to administrator command", "57P01"))),
				"Cannot complete task 1"));

		assertThat(answer.getStatus()).isEqualTo(503);
		assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
		assertThat(((ExceptionDto) answer.getEntity()).getType()).isEqualTo("DatabaseUnavailable");
	}

	@Test
	void noConnectionFromThePoolIs503() {
		Response answer = EngineRestFailures
			.answer(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));

		assertThat(answer.getStatus()).isEqualTo(503);
	}

	@Test
	void aTaskChangedByAnotherTransactionIs409() {
		Response answer = EngineRestFailures.answer(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
				new OptimisticLockingException("Entity was updated by another transaction concurrently"),
				"Cannot complete task 1"));

		assertThat(answer.getStatus()).isEqualTo(409);
		assertThat(((ExceptionDto) answer.getEntity()).getType()).isEqualTo("OptimisticLockingException");
	}

	@Test
	void aDeadlockIs409() {
		Response answer = EngineRestFailures.answer(new ProcessEngineException("persistence",
				new PersistenceException(new SQLException("ERROR: deadlock detected", "40P01"))));

		assertThat(answer.getStatus()).isEqualTo(409);
	}

	@Test
	void anyOtherFailureStaysCamundas() {
		assertThat(EngineRestFailures.answer(new ProcessEngineException("Unknown property"))).isNull();
	}

}
