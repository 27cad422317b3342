package io.orderflow.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Runs an API handler that lost a deadlock or a serialization failure once more: the
 * transaction that won has usually committed by then. If it loses again the controller
 * advice answers 409, retryable ({@link ConcurrentChange}). Without a transaction around
 * the handler, its services' transactions were rolled back whole and simply run again;
 * inside the transaction of an {@code Idempotency-Key} ({@link IdempotentRequests}) each
 * run gets a savepoint, so the lost run is undone and the transaction stays usable for
 * the second. Reads are not run again: they take no locks worth the wait.
 */
class ConcurrentChangeRetry extends RequestMappingHandlerAdapter {

	/** Puts the retry in place of Spring MVC's own handler adapter. */
	@Component
	static class Registration implements WebMvcRegistrations {

		private final ObjectProvider<PlatformTransactionManager> transactions;

		Registration(ObjectProvider<PlatformTransactionManager> transactions) {
			this.transactions = transactions;
		}

		@Override
		public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
			return new ConcurrentChangeRetry(transactions);
		}

	}

	private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeRetry.class);

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final ObjectProvider<PlatformTransactionManager> transactions;

	ConcurrentChangeRetry(ObjectProvider<PlatformTransactionManager> transactions) {
		this.transactions = transactions;
	}

	@Override
	protected ModelAndView invokeHandlerMethod(HttpServletRequest request, HttpServletResponse response,
			HandlerMethod handlerMethod) throws Exception {
		if (READS.contains(request.getMethod())
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return super.invokeHandlerMethod(request, response, handlerMethod);
		}
		try {
			return run(request, response, handlerMethod);
		}
		catch (Exception lost) {
			if (!ConcurrentChange.worthRunningAgain(lost) || response.isCommitted()) {
				throw lost;
			}
			log.info("{} {} lost a deadlock or serialization failure; running it once more: {}", request.getMethod(),
					request.getRequestURI(), lost.toString());
			// A failed handler wrote no body; the headers set before it stay.
			response.resetBuffer();
			return run(request, response, handlerMethod);
		}
	}

	private ModelAndView run(HttpServletRequest request, HttpServletResponse response, HandlerMethod handlerMethod)
			throws Exception {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return super.invokeHandlerMethod(request, response, handlerMethod);
		}
		TransactionTemplate savepoint = new TransactionTemplate(transactions.getObject());
		savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		try {
			return savepoint.execute(status -> {
				try {
					return super.invokeHandlerMethod(request, response, handlerMethod);
				}
				catch (RuntimeException e) {
					throw e;
				}
				catch (Exception e) {
					throw new Checked(e);
				}
			});
		}
		catch (Checked checked) {
			throw (Exception) checked.getCause();
		}
	}

	/** Carries a handler's checked exception through the savepoint's callback. */
	private static final class Checked extends RuntimeException {

		Checked(Exception cause) {
			super(cause);
		}

	}

}
