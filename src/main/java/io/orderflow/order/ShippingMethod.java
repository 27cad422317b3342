package io.orderflow.order;

public enum ShippingMethod {

	STANDARD, EXPRESS, EXPEDITED

}
