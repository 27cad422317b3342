package io.orderflow.order;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's other orders (by customer id or e-mail), which fraud screening and the
 * analyst's review weigh a new order against.
 */
@Service
public class CustomerOrders {

	private final OrderRepository repository;

	CustomerOrders(OrderRepository repository) {
		this.repository = repository;
	}

	/** How many other orders the order's customer placed since a point in time. */
	@Transactional(readOnly = true)
	public int otherOrdersOfCustomerSince(Order order, OffsetDateTime since) {
		return repository.otherOrdersOfCustomer(order, since);
	}

	/** The customer's orders before this one, with the newest few order numbers. */
	@Transactional(readOnly = true)
	public CustomerHistory historyBefore(Order order, int latest) {
		return repository.historyBefore(order, latest);
	}

	/** Whether this is the customer's first order. */
	@Transactional(readOnly = true)
	public boolean isFirstOrderOfCustomer(Order order) {
		return !repository.hasOtherOrders(order);
	}

}
