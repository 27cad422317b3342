package io.orderflow.security;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A shop that upgrades keeps working its open tasks: tasks created or claimed before the
 * engine granted what Tasklist's Unclaim, Add Comment and History need get those grants
 * on the next start ({@link OpenTaskGrants}), and nothing more. A task from before the
 * upgrade is made here by taking those grants away from a new one, leaving what the
 * engine granted then.
 */
abstract class PreUpgradeTaskScenarios extends HttpScenarios {

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	TaskService tasks;

	@Autowired
	OpenTaskGrants openTaskGrants;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Test
	void staffUnclaimAndCommentOnTheirTaskClaimedBeforeTheUpgradeButStillNotOnAnotherGroups() {
		String pick = openTask(newProduct("24.50", 1, 0), "pickItems");
		String review = openTask(newProduct("1299.00", 1, 0), "reviewOrder");
		OrderflowApi wendy = api.as("wendy");
		OrderflowApi frank = api.as("frank");
		claim("wendy", pick);
		claim("frank", review);
		asBeforeTheUpgrade(pick);
		asBeforeTheUpgrade(review);
		assertThat(wendy.postToEngine("/task/" + pick + "/unclaim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(comment(wendy, pick, "Bin A-18 empty").getStatusCode().is2xxSuccessful()).isFalse();

		assertThat(openTaskGrants.grantMissing(OpenTaskGrants.BATCH_SIZE)).isEqualTo(2);

		assertThat(comment(wendy, pick, "Bin A-18 empty").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(comments(wendy, pick).getBody()).contains("Bin A-18 empty");
		assertThat(wendy.postToEngine("/task/" + pick + "/unclaim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tasks.createTaskQuery().taskId(pick).singleResult().getAssignee()).isNull();

		assertThat(comment(frank, review, "Address and card from different countries").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(wendy.postToEngine("/task/" + review + "/unclaim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(comment(wendy, review, "not mine").getStatusCode().is2xxSuccessful()).isFalse();
		ResponseEntity<String> wendysRead = comments(wendy, review);
		assertThat(wendysRead.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(wendysRead.getBody()).doesNotContain("different countries");
		assertThat(comments(api, review).getBody()).doesNotContain("not mine");
		assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("frank");
		assertThat(authorizations.createAuthorizationQuery().userIdIn("wendy").resourceId(review).count()).isZero();
	}

	/** Authorization switched on with open tasks: their candidate groups get them. */
	@Test
	void staffSeeAndClaimTheirGroupsTasksFromBeforeAuthorizationWasOn() {
		String pick = openTask(newProduct("19.90", 1, 0), "pickItems");
		authorizations.createAuthorizationQuery()
			.resourceId(pick)
			.list()
			.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
		assertThat(visibleTasks("wendy", pick)).isEmpty();

		assertThat(openTaskGrants.grantMissing(OpenTaskGrants.BATCH_SIZE)).isEqualTo(1);

		assertThat(visibleTasks("wendy", pick)).containsExactly(pick);
		assertThat(visibleTasks("frank", pick)).isEmpty();
		claim("wendy", pick);
	}

	/**
	 * Exactly the grants the engine gave when the tasks were claimed come back, history
	 * cleanup's removal time included, batch after batch; once all are there, a start
	 * finds nothing to do.
	 */
	@Test
	void theGrantsComeBackAsTheEngineMadeThemAndASecondStartFindsNothingMissing() {
		List<String> picks = List.of(openTask(newProduct("5.00", 1, 0), "pickItems"),
				openTask(newProduct("6.00", 1, 0), "pickItems"), openTask(newProduct("7.00", 1, 0), "pickItems"));
		picks.forEach(task -> claim("wendy", task));
		Map<String, List<String>> granted = picks.stream().collect(Collectors.toMap(task -> task, this::grantsOn));
		assertThat(granted.get(picks.get(0))).anyMatch(grant -> grant.startsWith("wendy HISTORIC_TASK"));
		picks.forEach(this::asBeforeTheUpgrade);

		assertThat(openTaskGrants.grantMissing(1)).isEqualTo(3);

		picks.forEach(task -> assertThat(grantsOn(task)).isEqualTo(granted.get(task)));
		assertThat(openTaskGrants.grantMissing(OpenTaskGrants.BATCH_SIZE)).isZero();
	}

	/**
	 * History cleanup removes an open task's history once its order's time to live has
	 * passed, and the grant on that history with it: a start has nothing to give back.
	 */
	@Test
	void anOpenTaskWhoseHistoryTheCleanupRemovedIsNotGrantedAgainOnEveryStart() {
		String pick = openTask(newProduct("8.00", 1, 0), "pickItems");
		claim("wendy", pick);
		Date removal = history.createHistoricTaskInstanceQuery().taskId(pick).singleResult().getRemovalTime();
		assertThat(removal).as("when the open task's history may go").isNotNull();

		for (int run = 0; run < 50 && history.createHistoricTaskInstanceQuery().taskId(pick).count() > 0; run++) {
			cleanUpAt(removal.toInstant().plus(Duration.ofDays(1)));
		}
		assertThat(history.createHistoricTaskInstanceQuery().taskId(pick).count()).isZero();
		assertThat(grantsOn(pick)).noneMatch(grant -> grant.contains(" HISTORIC_TASK "))
			.anyMatch(grant -> grant.startsWith("wendy TASK "));

		assertThat(openTaskGrants.grantMissing(OpenTaskGrants.BATCH_SIZE)).isZero();
		assertThat(api.as("wendy").postToEngine("/task/" + pick + "/unclaim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	// ---- helpers

	/** Runs the history cleanup as the engine would at that moment. */
	private void cleanUpAt(Instant moment) {
		ClockUtil.setCurrentTime(Date.from(moment));
		try {
			management.executeJob(history.cleanUpHistoryAsync(true).getId());
		}
		finally {
			ClockUtil.reset();
		}
	}

	/** The id of the open task of the kind of a new order of the product. */
	private String openTask(String sku, String taskDefinitionKey) {
		String orderNumber = api.placed(NewOrder.of(line(sku, 1)));
		engine.runJobs();
		return engine.task(orderNumber, taskDefinitionKey).getId();
	}

	private void claim(String user, String taskId) {
		assertThat(api.as(user).postToEngine("/task/" + taskId + "/claim", Map.of("userId", user)).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	/**
	 * Takes from the task what the engine grants since the Tasklist change: HISTORIC_TASK
	 * READ, and TASK_ASSIGN for its assignee.
	 */
	private void asBeforeTheUpgrade(String taskId) {
		authorizations.createAuthorizationQuery()
			.resourceType(Resources.HISTORIC_TASK)
			.resourceId(taskId)
			.list()
			.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
		for (Authorization grant : authorizations.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(taskId)
			.list()) {
			if (grant.isPermissionGranted(Permissions.TASK_ASSIGN)) {
				grant.removePermission(Permissions.TASK_ASSIGN);
				authorizations.saveAuthorization(grant);
			}
		}
	}

	/** Who holds what on the task and its history, and when the history grant goes. */
	private List<String> grantsOn(String taskId) {
		return jdbc.sql("""
				select USER_ID_, GROUP_ID_, RESOURCE_TYPE_, PERMS_, ROOT_PROC_INST_ID_, REMOVAL_TIME_
				from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ? and RESOURCE_TYPE_ in (?, ?)""")
			.params(taskId, Resources.TASK.resourceType(), Resources.HISTORIC_TASK.resourceType())
			.query((row, n) -> String.join(" ", Objects.requireNonNullElse(row.getString(1), row.getString(2)),
					row.getInt(3) == Resources.TASK.resourceType() ? "TASK" : "HISTORIC_TASK", row.getString(4),
					row.getString(5), String.valueOf(row.getTimestamp(6))))
			.list()
			.stream()
			.sorted()
			.toList();
	}

	private List<String> visibleTasks(String user, String taskId) {
		List<String> ids = new ArrayList<>();
		OrderflowApi.json(api.as(user).rest().getForObject("/engine-rest/task?taskId={id}", String.class, taskId))
			.forEach(task -> ids.add(task.get("id").asText()));
		return ids;
	}

	private static ResponseEntity<String> comment(OrderflowApi user, String taskId, String message) {
		return user.postToEngine("/task/" + taskId + "/comment/create", Map.of("message", message));
	}

	private static ResponseEntity<String> comments(OrderflowApi user, String taskId) {
		return user.rest().getForEntity("/engine-rest/task/" + taskId + "/comment", String.class);
	}

}
