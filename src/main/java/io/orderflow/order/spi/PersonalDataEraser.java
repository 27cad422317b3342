package io.orderflow.order.spi;

/**
 * A capability that keeps copies of an order's personal data in tables of its own (mails,
 * returns, carrier reports, labels, webhook bodies) erases them when retention asks:
 * idempotently, in the caller's transaction, which holds the order's row lock.
 */
public interface PersonalDataEraser {

	void erase(String orderNumber, PersonalData personal);

}
