package io.orderflow.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * What the engine's history says of an order: when its last parcel was handed over, how
 * long staff worked on it, how long its fraud review took and which warehouses shipped
 * it. The order's called diagrams carry its number as business key.
 */
@Component
class EngineHistory {

	static final String HAND_OVER = "handOverParcel";

	static final String FRAUD_REVIEW = "reviewOrder";

	/** The multi-instance element of {@code fulfillment}: one warehouse's shipment. */
	static final String WAREHOUSE = "warehouse";

	private static final BigDecimal MILLIS_PER_MINUTE = BigDecimal.valueOf(60_000);

	private final HistoryService history;

	EngineHistory(HistoryService history) {
		this.history = history;
	}

	OrderHistory of(String orderNumber) {
		String[] instances = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(orderNumber)
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.toArray(String[]::new);
		if (instances.length == 0) {
			return new OrderHistory(Optional.empty(), Optional.empty(), Optional.empty(), List.of());
		}
		Optional<OffsetDateTime> lastHandOver = java.util.Arrays.stream(instances)
			.flatMap(id -> history.createHistoricActivityInstanceQuery()
				.processInstanceId(id)
				.activityId(HAND_OVER)
				.finished()
				.list()
				.stream())
			.map(HistoricActivityInstance::getEndTime)
			.max(Date::compareTo)
			.map(EngineHistory::instant);
		List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(orderNumber)
			.finished()
			.list();
		Optional<BigDecimal> taskMinutes = minutes(tasks);
		Optional<BigDecimal> reviewMinutes = minutes(
				tasks.stream().filter(task -> FRAUD_REVIEW.equals(task.getTaskDefinitionKey())).toList());
		List<String> warehouses = history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(instances)
			.variableName(WAREHOUSE)
			.list()
			.stream()
			.map(variable -> variable.getValue())
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.distinct()
			.sorted()
			.toList();
		return new OrderHistory(lastHandOver, reviewMinutes, taskMinutes, warehouses);
	}

	private static Optional<BigDecimal> minutes(List<HistoricTaskInstance> tasks) {
		if (tasks.isEmpty()) {
			return Optional.empty();
		}
		long millis = tasks.stream()
			.map(HistoricTaskInstance::getDurationInMillis)
			.filter(Objects::nonNull)
			.mapToLong(Long::longValue)
			.sum();
		return Optional.of(BigDecimal.valueOf(millis).divide(MILLIS_PER_MINUTE, 2, RoundingMode.HALF_UP));
	}

	private static OffsetDateTime instant(Date date) {
		return date.toInstant().atOffset(ZoneOffset.UTC);
	}

	/**
	 * The order's history as far as it goes; empty where the step never finished (or the
	 * history was already removed).
	 */
	record OrderHistory(Optional<OffsetDateTime> lastHandOver, Optional<BigDecimal> reviewMinutes,
			Optional<BigDecimal> taskMinutes, List<String> warehouses) {
	}

}
