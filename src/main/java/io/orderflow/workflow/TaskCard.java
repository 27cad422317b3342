package io.orderflow.workflow;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's card and form show: task-local display text, the only thing the
 * {@code present*} listeners write. Staff may read their own tasks' variables but not the
 * process instance's, so whatever a form shows read-only is set here; it disappears when
 * the task completes. The names are the form field keys ({@code forms/*.form}), and
 * {@code DiagramConventionsTest} fails when a form shows a key no card field writes.
 */
public final class TaskCard {

	/** Every variable a card can hold, by the key forms show it under. */
	public enum Field {

		ORDER_NUMBER(ProcessVariables.ORDER_NUMBER), CUSTOMER_NAME("customerName"), SHIPPING_METHOD("shippingMethod"),
		EXPRESS("express"), SHIP_TO("shipTo"), CUSTOMER("customer"), ORDER_LINES("orderLines"),
		ORDER_TOTAL("orderTotal"), BILL_TO("billTo"), PAYMENT_BY("paymentBy"), CUSTOMER_HISTORY("customerHistory"),
		DECLINE_REASON("declineReason"), RETRY_DEADLINE("retryDeadline"), STOCK_SITUATION("stockSituation"),
		EXPECTED_RESTOCK("expectedRestock"), EXPECTED_WEIGHT("expectedWeight"), CARRIER_SERVICE("carrierService"),
		TRACKING_NUMBER("trackingNumber"), LABEL_LINK("labelLink"), SHIPMENT("shipment"),
		CARRIER_EVENTS("carrierEvents"), RETURN_REASON("returnReason"), RETURN_LINES("returnLines"),
		REFUND_DUE("refundDue"), DELIVERED_ON("deliveredOn");

		private final String variable;

		Field(String variable) {
			this.variable = variable;
		}

		public String variable() {
			return variable;
		}

	}

	private final DelegateTask task;

	private TaskCard(DelegateTask task) {
		this.task = task;
	}

	public static TaskCard of(DelegateTask task) {
		return new TaskCard(task);
	}

	/** The variable names a card can write: what a form may show read-only. */
	public static Set<String> variables() {
		return Arrays.stream(Field.values()).map(Field::variable).collect(Collectors.toUnmodifiableSet());
	}

	public TaskCard orderNumber(String orderNumber) {
		return put(Field.ORDER_NUMBER, orderNumber);
	}

	public TaskCard customerName(String name) {
		return put(Field.CUSTOMER_NAME, name);
	}

	public TaskCard shippingMethod(String method) {
		return put(Field.SHIPPING_METHOD, method);
	}

	/** "EXPRESS — dispatch by 14:00, 3 Dec": set only for a non-standard method. */
	public TaskCard express(String express) {
		return put(Field.EXPRESS, express);
	}

	public TaskCard shipTo(String shipTo) {
		return put(Field.SHIP_TO, shipTo);
	}

	/** Name and e-mail address: not for the warehouse. */
	public TaskCard customer(String customer) {
		return put(Field.CUSTOMER, customer);
	}

	public TaskCard orderLines(String lines) {
		return put(Field.ORDER_LINES, lines);
	}

	public TaskCard orderTotal(String total) {
		return put(Field.ORDER_TOTAL, total);
	}

	public TaskCard billTo(String billTo) {
		return put(Field.BILL_TO, billTo);
	}

	public TaskCard paymentBy(String paymentBy) {
		return put(Field.PAYMENT_BY, paymentBy);
	}

	public TaskCard customerHistory(String history) {
		return put(Field.CUSTOMER_HISTORY, history);
	}

	public TaskCard declineReason(String reason) {
		return put(Field.DECLINE_REASON, reason);
	}

	public TaskCard retryDeadline(String deadline) {
		return put(Field.RETRY_DEADLINE, deadline);
	}

	public TaskCard stockSituation(String situation) {
		return put(Field.STOCK_SITUATION, situation);
	}

	public TaskCard expectedRestock(String restock) {
		return put(Field.EXPECTED_RESTOCK, restock);
	}

	public TaskCard expectedWeight(String weight) {
		return put(Field.EXPECTED_WEIGHT, weight);
	}

	public TaskCard carrierService(String carrierService) {
		return put(Field.CARRIER_SERVICE, carrierService);
	}

	public TaskCard trackingNumber(String trackingNumber) {
		return put(Field.TRACKING_NUMBER, trackingNumber);
	}

	public TaskCard labelLink(String link) {
		return put(Field.LABEL_LINK, link);
	}

	public TaskCard shipment(String shipment) {
		return put(Field.SHIPMENT, shipment);
	}

	public TaskCard carrierEvents(String events) {
		return put(Field.CARRIER_EVENTS, events);
	}

	public TaskCard returnReason(String reason) {
		return put(Field.RETURN_REASON, reason);
	}

	public TaskCard returnLines(String lines) {
		return put(Field.RETURN_LINES, lines);
	}

	public TaskCard refundDue(String refund) {
		return put(Field.REFUND_DUE, refund);
	}

	public TaskCard deliveredOn(String deliveredOn) {
		return put(Field.DELIVERED_ON, deliveredOn);
	}

	private TaskCard put(Field field, String value) {
		task.setVariableLocal(field.variable(), value);
		return this;
	}

}
