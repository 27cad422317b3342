package io.orderflow.order;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds orders by what a caller or a system knows of them, newest first. "Needs
 * attention" is what the order view flags ({@link OrderAttention}): the engine and the
 * capabilities name those orders, and the database filters by their numbers.
 */
@Service
public class OrderSearches {

	private final OrderRepository repository;

	private final OrderAttention attention;

	OrderSearches(OrderRepository repository, OrderAttention attention) {
		this.repository = repository;
		this.attention = attention;
	}

	@Transactional(readOnly = true)
	public Result search(OrderSearch search, int page, int size) {
		Set<String> only = search.needsAttention() ? attention.ordersNeedingAttention() : null;
		if (only != null && only.isEmpty()) {
			return new Result(List.of(), 0);
		}
		return new Result(repository.search(search, only, page, size), repository.count(search, only));
	}

	/** One page of orders without their lines, and how many match in all. */
	public record Result(List<Order> orders, long total) {
	}

}
