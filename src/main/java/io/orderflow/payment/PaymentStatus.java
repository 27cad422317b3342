package io.orderflow.payment;

/**
 * Where the order's money stands. {@code AUTHORIZING}: the provider has been (or is about
 * to be) asked under the recorded key, and its answer is not recorded yet.
 * {@code NOT_TAKEN}: the order ended before any money was held.
 */
enum PaymentStatus {

	PENDING, AUTHORIZING, AUTHORIZED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED, VOIDED, FAILED, NOT_TAKEN

}
