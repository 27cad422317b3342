package io.orderflow.infrastructure;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The engine's history is not kept forever: every diagram's history time-to-live (180
 * days) sets when an order's history may go, and the nightly cleanup removes it then, not
 * before.
 */
abstract class HistoryCleanupScenarios extends HttpScenarios {

	private static final Duration TIME_TO_LIVE = Duration.ofDays(180);

	@Autowired
	private HistoryService history;

	@Autowired
	private ManagementService management;

	@Test
	void theCleanupRunsInTheNightlyWindow() {
		Job scheduled = history.cleanUpHistoryAsync();
		assertThat(scheduled.getDuedate()).as("when the cleanup runs next").isNotNull();

		LocalDateTime due = LocalDateTime.ofInstant(scheduled.getDuedate().toInstant(), ZoneId.systemDefault());
		assertThat(due).isEqualTo(nextWindowStart(LocalDateTime.now()));
	}

	/**
	 * The window is 01:00 to 05:00: inside it the cleanup is due at today's start (at
	 * once), before it today at 01:00, after it tomorrow at 01:00.
	 */
	private static LocalDateTime nextWindowStart(LocalDateTime now) {
		LocalDateTime todaysStart = now.toLocalDate().atTime(LocalTime.of(1, 0));
		return now.toLocalTime().isBefore(LocalTime.of(5, 0)) ? todaysStart : todaysStart.plusDays(1);
	}

	@Test
	void anEndedOrdersHistoryIsRemovedOnceItsTimeToLiveHasPassedAndNotBefore() {
		String orderNumber = cancelledOrder();
		HistoricProcessInstance ended = orderHistory(orderNumber);
		assertThat(ended.getEndTime()).isNotNull();
		assertThat(ended.getRemovalTime()).isEqualTo(Date.from(ended.getStartTime().toInstant().plus(TIME_TO_LIVE)));

		cleanUpAt(ended.getStartTime().toInstant().plus(TIME_TO_LIVE).minus(Duration.ofDays(1)));
		assertThat(orderHistory(orderNumber)).as("history a day before its time-to-live ends").isNotNull();

		// One run removes a batch of each kind of history that is due; the engine runs it
		// again until nothing due is left, and so does this test, within bounds.
		for (int run = 0; run < 50 && activities(ended) > 0; run++) {
			cleanUpAt(ended.getStartTime().toInstant().plus(TIME_TO_LIVE).plus(Duration.ofDays(1)));
		}
		assertThat(orderHistory(orderNumber)).as("history a day after its time-to-live ended").isNull();
		assertThat(activities(ended)).isZero();
	}

	@Test
	void anOrdersHistoryKeepsEachVariablesValueButNoRowPerChange() {
		String orderNumber = cancelledOrder();
		HistoricProcessInstance ended = orderHistory(orderNumber);

		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(ended.getId())
			.variableName("orderNumber")
			.singleResult()
			.getValue()).as("what Cockpit shows of the ended order's variables").isEqualTo(orderNumber);
		assertThat(history.createHistoricDetailQuery().processInstanceId(ended.getId()).count())
			.as("recorded variable changes (docs/performance.md)")
			.isZero();
	}

	private String cancelledOrder() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("9.00", 2, 0), 1)));
		engine.runJobs();
		assertThat(api.cancel(orderNumber, "Changed my mind").getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();
		return orderNumber;
	}

	private long activities(HistoricProcessInstance instance) {
		return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count();
	}

	private HistoricProcessInstance orderHistory(String orderNumber) {
		return history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(orderNumber)
			.processDefinitionKey("order-fulfillment")
			.singleResult();
	}

	/**
	 * Runs the cleanup as the engine would at that moment, and waits for it to finish.
	 */
	private void cleanUpAt(Instant moment) {
		ClockUtil.setCurrentTime(Date.from(moment));
		try {
			Job cleanup = history.cleanUpHistoryAsync(true);
			management.executeJob(cleanup.getId());
		}
		finally {
			ClockUtil.reset();
		}
	}

}
