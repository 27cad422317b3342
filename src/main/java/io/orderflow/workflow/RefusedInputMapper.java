package io.orderflow.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Answers a task completion over the engine's REST API that a task listener refused
 * ({@code /complete}, {@code /submit-form}) with 400 and the refusal's message, in the
 * engine REST API's error body. The engine wraps the listener's exception, and Camunda's
 * own mapper would answer 500 for it.
 * <p>
 * Jersey takes the first mapper of the exception's exact type that accepts it, in
 * priority order: this one comes before Camunda's {@code RestExceptionHandler} (default
 * priority), and declines every exception but a refusal, which then stays Camunda's.
 */
@Priority(1)
class RefusedInputMapper implements ExtendedExceptionMapper<RestException> {

	@Override
	public boolean isMappable(RestException exception) {
		return refusal(exception) != null;
	}

	@Override
	public Response toResponse(RestException exception) {
		RefusedInputException refusal = refusal(exception);
		ExceptionDto body = new ExceptionDto();
		body.setType(RefusedInputException.class.getSimpleName());
		body.setMessage(refusal.getMessage());
		return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

	private static RefusedInputException refusal(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof RefusedInputException refused) {
				return refused;
			}
		}
		return null;
	}

	/**
	 * Puts the mapper into every Jersey application: {@code /engine-rest} and the engine
	 * API of the webapps ({@code /camunda/api/engine}, which Tasklist calls), whose
	 * application class Camunda fixes. Public, as Jersey's service loader creates it.
	 */
	public static final class Discovery implements ForcedAutoDiscoverable {

		@Override
		public void configure(FeatureContext context) {
			if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER) {
				context.register(RefusedInputMapper.class);
			}
		}

	}

}
