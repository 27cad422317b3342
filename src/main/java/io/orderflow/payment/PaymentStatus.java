package io.orderflow.payment;

enum PaymentStatus {

	PENDING, AUTHORIZED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED, VOIDED, FAILED

}
