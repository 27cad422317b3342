package io.orderflow.web;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's REST API ({@code /engine-rest}, and Tasklist's
 * {@code /camunda/api/engine}) answers races and outages like {@code /api}, where
 * Camunda's own mappers answer 500:
 * <ul>
 * <li>409 when another transaction changed the same instance or task at once (Camunda's
 * {@link OptimisticLockingException}, a deadlock, a lock timeout): the same task
 * completed on two nodes, a task completed while its order is being cancelled;</li>
 * <li>404 when the task or instance no longer exists (completed, or withdrawn by a
 * cancellation, a moment earlier; Camunda's {@link NotFoundException}, or a task request
 * the engine failed on a null task and the task is not there);</li>
 * <li>503 with {@code Retry-After} when the database is out of reach
 * ({@link DatabaseOutage}).</li>
 * </ul>
 * In the engine REST API's own error body ({@code type}, {@code message}). Every other
 * failure stays Camunda's: the mappers decline it.
 */
final class EngineRestFailures {

	private static final Logger log = LoggerFactory.getLogger(EngineRestFailures.class);

	private EngineRestFailures() {
	}

	static Response answer(Throwable failure) {
		if (DatabaseOutage.causedBy(failure)) {
			log.warn("Engine REST answered 503, database out of reach: {}", failure.toString());
			return body(Response.Status.SERVICE_UNAVAILABLE, "DatabaseUnavailable",
					"The database cannot be reached at the moment; nothing was done. Try again in a few seconds.")
				.header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()))
				.build();
		}
		if (ConcurrentChange.causedBy(failure) || find(failure, OptimisticLockingException.class) != null) {
			log.info("Engine REST answered 409, changed concurrently: {}", failure.toString());
			return body(Response.Status.CONFLICT, OptimisticLockingException.class.getSimpleName(),
					"The task or process instance changed while this request was handled; nothing was done. "
							+ "Reload it and try again.")
				.build();
		}
		NotFoundException gone = find(failure, NotFoundException.class);
		if (gone != null) {
			return body(Response.Status.NOT_FOUND, NotFoundException.class.getSimpleName(), gone.getMessage()).build();
		}
		return null;
	}

	private static boolean mappable(Throwable failure) {
		return DatabaseOutage.causedBy(failure) || ConcurrentChange.causedBy(failure)
				|| find(failure, OptimisticLockingException.class) != null
				|| find(failure, NotFoundException.class) != null;
	}

	private static Response.ResponseBuilder body(Response.Status status, String type, String message) {
		ExceptionDto body = new ExceptionDto();
		body.setType(type);
		body.setMessage(message);
		return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/**
	 * The task a {@code /task/{id}/...} request names, if the engine failed on it for a
	 * reason a vanished task gives (Camunda's "cannot find task", a null value; or no
	 * grant, as the grants of a completed task go with it) and the task is indeed not
	 * there: the engine is asked, the message is not read.
	 */
	private static String taskGone(Throwable failure, UriInfo uri) {
		if (uri == null || find(failure, NullValueException.class) == null
				&& find(failure, AuthorizationException.class) == null) {
			return null;
		}
		List<PathSegment> path = uri.getPathSegments();
		for (int i = 0; i + 1 < path.size(); i++) {
			if ("task".equals(path.get(i).getPath())) {
				String task = path.get(i + 1).getPath();
				return exists(task) ? null : task;
			}
		}
		return null;
	}

	/**
	 * Asked without the caller's authorizations: a task the caller may not see is there
	 * all the same, and its refusal stays Camunda's 403.
	 */
	private static boolean exists(String task) {
		ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) EngineUtil.lookupProcessEngine(null)
			.getProcessEngineConfiguration();
		return engine.getCommandExecutorTxRequired().execute(context -> {
			context.disableAuthorizationCheck();
			return context.getTaskManager().findTaskById(task) != null;
		});
	}

	private static Response answer(Throwable failure, UriInfo uri) {
		Response answer = answer(failure);
		if (answer != null) {
			return answer;
		}
		return body(Response.Status.NOT_FOUND, NotFoundException.class.getSimpleName(),
				"Task " + taskGone(failure, uri)
						+ " does not exist (any more): it was completed, or its order cancelled, a moment earlier")
			.build();
	}

	/**
	 * Jersey takes the mapper of the closest exception type that accepts the failure: one
	 * for each type Camunda maps itself (its REST exceptions, the engine's, any other),
	 * ahead of Camunda's by priority.
	 */
	@Priority(1)
	static final class ForRestExceptions implements ExtendedExceptionMapper<RestException> {

		@Context
		private UriInfo uri;

		@Override
		public boolean isMappable(RestException failure) {
			return mappable(failure) || taskGone(failure, uri) != null;
		}

		@Override
		public Response toResponse(RestException failure) {
			return answer(failure, uri);
		}

	}

	@Priority(1)
	static final class ForEngineExceptions implements ExtendedExceptionMapper<ProcessEngineException> {

		@Context
		private UriInfo uri;

		@Override
		public boolean isMappable(ProcessEngineException failure) {
			return mappable(failure) || taskGone(failure, uri) != null;
		}

		@Override
		public Response toResponse(ProcessEngineException failure) {
			return answer(failure, uri);
		}

	}

	@Priority(1)
	static final class ForOtherFailures implements ExtendedExceptionMapper<RuntimeException> {

		@Override
		public boolean isMappable(RuntimeException failure) {
			return !(failure instanceof RestException) && !(failure instanceof ProcessEngineException)
					&& mappable(failure);
		}

		@Override
		public Response toResponse(RuntimeException failure) {
			return answer(failure);
		}

	}

	/**
	 * Puts the mappers into every Jersey application: {@code /engine-rest} and the engine
	 * API of the webapps, whose application class Camunda fixes. Public, as Jersey's
	 * service loader creates it.
	 */
	public static final class Discovery implements ForcedAutoDiscoverable {

		@Override
		public void configure(FeatureContext context) {
			if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER) {
				context.register(ForRestExceptions.class);
				context.register(ForEngineExceptions.class);
				context.register(ForOtherFailures.class);
			}
		}

	}

}
