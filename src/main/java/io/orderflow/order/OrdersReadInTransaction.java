package io.orderflow.order;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The orders the current transaction has read, so that the delegates, listeners and
 * expressions of one engine step (a task's priority, due date and cards, say) read an
 * order once, not each on its own. Forgotten whenever the transaction changes or locks an
 * order (a lock is taken to see the latest committed state), and when it ends; a
 * suspended transaction's orders are not seen by the one that runs meanwhile. Without a
 * transaction every read goes to the database.
 */
final class OrdersReadInTransaction {

	private final Object key = new Object();

	Optional<Order> find(String orderNumber, Function<String, Optional<Order>> load) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return load.apply(orderNumber);
		}
		Map<String, Order> read = ordersOfThisTransaction();
		Order known = read.get(orderNumber);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Order> loaded = load.apply(orderNumber);
		loaded.ifPresent(order -> read.put(orderNumber, order));
		return loaded;
	}

	void forget() {
		if (TransactionSynchronizationManager.getResource(key) instanceof Map<?, ?> read) {
			read.clear();
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Order> ordersOfThisTransaction() {
		Object bound = TransactionSynchronizationManager.getResource(key);
		if (bound != null) {
			return (Map<String, Order>) bound;
		}
		Map<String, Order> read = new HashMap<>();
		TransactionSynchronizationManager.bindResource(key, read);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResource(key);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(key, read);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(key);
			}

		});
		return read;
	}

}
