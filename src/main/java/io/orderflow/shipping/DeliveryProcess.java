package io.orderflow.shipping;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of {@code delivery}, typed. */
final class DeliveryProcess {

	/** Set by the delivery check and by the investigation form. */
	static final String DELIVERED = "delivered";

	private final VariableScope scope;

	private DeliveryProcess(VariableScope scope) {
		this.scope = scope;
	}

	static DeliveryProcess of(VariableScope scope) {
		return new DeliveryProcess(scope);
	}

	String orderNumber() {
		return ProcessVariables.orderNumber(scope);
	}

	void delivered(boolean delivered) {
		scope.setVariable(DELIVERED, delivered);
	}

}
