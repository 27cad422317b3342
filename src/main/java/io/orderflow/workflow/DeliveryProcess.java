package io.orderflow.workflow;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of {@code delivery}, typed: one instance per order, which investigates
 * its shipments one at a time.
 */
public final class DeliveryProcess {

	/** Whether every shipment is settled: delivered, reshipped or refunded. */
	public static final String DELIVERED = "delivered";

	/** The shipment under investigation, or {@code null} when none needs one. */
	public static final String SHIPMENT_KEY = ProcessVariables.SHIPMENT_KEY;

	/**
	 * When the next unsettled shipment is due for an investigation (the timer's date).
	 */
	public static final String DELIVERY_DEADLINE = "deliveryDeadline";

	public static final String RESOLUTION = "deliveryResolution";

	public static final String AFTER_RESTOCK = "afterRestock";

	public static final String WAIT_DAYS = "waitDays";

	/** The shipment that replaces the one under investigation. */
	public static final String RESHIPMENT_KEY = "reshipmentKey";

	/** Longest wait customer service may give the carrier at once. */
	public static final int MAX_WAIT_DAYS = 30;

	private final VariableScope scope;

	private DeliveryProcess(VariableScope scope) {
		this.scope = scope;
	}

	public static DeliveryProcess of(VariableScope scope) {
		return new DeliveryProcess(scope);
	}

	public String orderNumber() {
		return ProcessVariables.orderNumber(scope);
	}

	/**
	 * What the delivery check found; the previous investigation's answers are cleared so
	 * the next one starts empty.
	 */
	public void checked(boolean delivered, String shipmentToInvestigate, OffsetDateTime deadline) {
		scope.setVariable(DELIVERED, delivered);
		scope.setVariable(SHIPMENT_KEY, shipmentToInvestigate);
		scope.setVariable(DELIVERY_DEADLINE, deadline == null ? null : Date.from(deadline.toInstant()));
		scope.removeVariable(RESOLUTION);
		scope.removeVariable(AFTER_RESTOCK);
		scope.removeVariable(WAIT_DAYS);
		scope.removeVariable(RESHIPMENT_KEY);
	}

	public String shipmentKey() {
		return ProcessVariables.required(scope, SHIPMENT_KEY);
	}

	/**
	 * The outcome chosen, or an {@link RefusedInputException refusal} that Tasklist
	 * shows.
	 */
	public DeliveryResolution resolution() {
		return choice(RESOLUTION, DeliveryResolution.class);
	}

	public RestockFollowUp afterRestock() {
		return choice(AFTER_RESTOCK, RestockFollowUp.class);
	}

	/**
	 * Whole days between 1 and {@link #MAX_WAIT_DAYS} (a number, or the form's digits),
	 * or a {@link WholeNumber refusal}.
	 */
	public int waitDays() {
		return WholeNumber.of(scope.getVariable(WAIT_DAYS), WAIT_DAYS, 1, MAX_WAIT_DAYS, "days");
	}

	public String reshipmentKey() {
		return ProcessVariables.required(scope, RESHIPMENT_KEY);
	}

	public void reshipmentKey(String reshipmentKey) {
		scope.setVariable(RESHIPMENT_KEY, reshipmentKey);
	}

	private <E extends Enum<E>> E choice(String name, Class<E> type) {
		Object value = scope.getVariable(name);
		try {
			return Enum.valueOf(type, String.valueOf(value));
		}
		catch (IllegalArgumentException e) {
			throw new RefusedInputException(
					name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", was " + value);
		}
	}

}
