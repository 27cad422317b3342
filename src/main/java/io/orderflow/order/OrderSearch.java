package io.orderflow.order;

import java.time.Instant;
import java.util.Set;

/**
 * What staff and systems look for among the orders; a null or empty criterion does not
 * filter. {@code placedFrom} is inclusive, {@code placedTo} exclusive; names and e-mail
 * addresses match in any case, the name as a prefix of the name as ordered.
 */
public record OrderSearch(String orderNumberPrefix, String email, String namePrefix, Set<OrderStatus> statuses,
		SalesChannel channel, Instant placedFrom, Instant placedTo, boolean needsAttention) {

	public OrderSearch {
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
	}

}
