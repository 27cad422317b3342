package io.orderflow.order;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changed-since feed for ERP and BI pulls: orders by the time they last changed, then
 * by number, read with a cursor rather than an offset. An order changed while a reader
 * pages moves behind the cursor's position and comes once more with its new change time,
 * and no other order moves, so nothing is skipped and no change is served twice.
 */
@Service
public class OrderChanges {

	private final OrderRepository repository;

	private final OrderChangesProperties properties;

	private final Clock clock;

	OrderChanges(OrderRepository repository, OrderChangesProperties properties, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<OrderChange> since(Instant since, @Nullable OrderChange.Position after, int size) {
		OffsetDateTime settled = OffsetDateTime.now(clock)
			.minus(properties.settle())
			.withOffsetSameInstant(ZoneOffset.UTC);
		return repository.changes(since.atOffset(ZoneOffset.UTC), settled, after, size);
	}

}
