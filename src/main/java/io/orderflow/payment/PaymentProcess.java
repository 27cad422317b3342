package io.orderflow.payment;

import java.util.Arrays;

import io.orderflow.order.PaymentMethod;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.RefusedInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of {@code payment}, typed. */
public final class PaymentProcess {

	static final String PAYMENT_METHOD = "paymentMethod";

	static final String RESOLUTION = "resolution";

	/**
	 * Input parameter of the "wait for payment" steps: why the order waits, for its
	 * timeline.
	 */
	static final String REASON = "reason";

	private final VariableScope scope;

	private PaymentProcess(VariableScope scope) {
		this.scope = scope;
	}

	public static PaymentProcess of(VariableScope scope) {
		return new PaymentProcess(scope);
	}

	public String orderNumber() {
		return ProcessVariables.orderNumber(scope);
	}

	public void paymentMethod(PaymentMethod method) {
		scope.setVariable(PAYMENT_METHOD, method.name());
	}

	/** Customer service's choice, or a refusal that names the choices. */
	public PaymentResolution resolution() {
		Object resolution = scope.getVariable(RESOLUTION);
		try {
			return PaymentResolution.valueOf(String.valueOf(resolution));
		}
		catch (IllegalArgumentException e) {
			throw new RefusedInputException("Choose a resolution: set '" + RESOLUTION + "' to one of "
					+ Arrays.toString(PaymentResolution.values()) + (resolution == null ? "" : ", not " + resolution));
		}
	}

	public String reason() {
		return ProcessVariables.required(scope, REASON);
	}

}
