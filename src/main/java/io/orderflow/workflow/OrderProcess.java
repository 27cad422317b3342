package io.orderflow.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of {@code order-fulfillment}, typed: what its steps read and the facts
 * its gateways test.
 */
public final class OrderProcess {

	private final VariableScope scope;

	private OrderProcess(VariableScope scope) {
		this.scope = scope;
	}

	public static OrderProcess of(VariableScope scope) {
		return new OrderProcess(scope);
	}

	public String orderNumber() {
		return ProcessVariables.orderNumber(scope);
	}

	/** Part of the order could not be reserved ({@code stockShort}). */
	public void stockShort(boolean short_) {
		scope.setVariable(ProcessVariables.STOCK_SHORT, short_);
	}

	/**
	 * The payment was authorized, received or accepted as cash on delivery
	 * ({@code paymentTaken}).
	 */
	public void paymentTaken(boolean taken) {
		scope.setVariable(ProcessVariables.PAYMENT_TAKEN, taken);
	}

	/** Every line is shipped or cancelled ({@code allShipped}). */
	public void allShipped(boolean allShipped) {
		scope.setVariable(ProcessVariables.ALL_SHIPPED, allShipped);
	}

	/** Customer service's backorder decision, or null before the first one. */
	public BackorderDecision decision() {
		Object decision = scope.getVariable(ProcessVariables.DECISION);
		try {
			return decision == null ? null : BackorderDecision.valueOf(decision.toString());
		}
		catch (IllegalArgumentException e) {
			throw new RefusedInputException("Choose one of " + BackorderDecision.choices() + ", not " + decision);
		}
	}

	public CancellationCause cancellationCause() {
		return CancellationCause.valueOf(ProcessVariables.required(scope, ProcessVariables.CANCELLATION_CAUSE));
	}

	public void cancellationCause(CancellationCause cause) {
		scope.setVariable(ProcessVariables.CANCELLATION_CAUSE, cause.name());
	}

}
