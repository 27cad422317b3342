package io.orderflow.security;

import static io.orderflow.workflow.OrderflowGroups.CUSTOMER_SERVICE;
import static io.orderflow.workflow.OrderflowGroups.FRAUD_ANALYSTS;
import static io.orderflow.workflow.OrderflowGroups.MANAGERS;
import static io.orderflow.workflow.OrderflowGroups.ORDER_API;
import static io.orderflow.workflow.OrderflowGroups.WAREHOUSE;

import java.util.List;
import java.util.Map;

import io.orderflow.infrastructure.StartupLock;
import io.orderflow.workflow.OrderflowGroups;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the engine, made so on every start: the groups the diagrams name,
 * Tasklist's group filter, and the staff groups' authorizations. A staff group may open
 * Tasklist, use the filter and read the diagrams; which tasks it sees and completes
 * follows from the candidate groups in the diagrams (the engine grants a candidate group
 * READ and TASK_WORK on each of its tasks). {@code order-api} gets nothing here: systems
 * use {@code /api}, never the webapps or the engine API. Administrators
 * ({@code camunda-admin}) are granted everything by Camunda.
 */
@Component
@Order(1)
class StaffAccess implements ApplicationRunner {

	static final Map<String, String> GROUPS = Map.of(WAREHOUSE, "Warehouse", FRAUD_ANALYSTS, "Fraud analysts",
			CUSTOMER_SERVICE, "Customer service", ORDER_API, "Order API systems", MANAGERS, "Managers");

	static final String GROUP_TASKS_FILTER = "My group tasks";

	/** Each staff group's own queue in Tasklist, readable by that group only. */
	static final Map<String, String> QUEUE_FILTERS = Map.of(WAREHOUSE, "Warehouse: to pick", FRAUD_ANALYSTS,
			"Fraud: to review", CUSTOMER_SERVICE, "Customer service");

	/**
	 * Shown on every task card. The task listeners that fill the forms copy these into
	 * the task: staff may read their tasks' variables, not those of the process instance.
	 */
	static final List<Map<String, String>> CARD_VARIABLES = List.of(
			Map.of("name", ProcessVariables.ORDER_NUMBER, "label", "Order"),
			Map.of("name", "customerName", "label", "Customer"), Map.of("name", "shippingMethod", "label", "Shipping"),
			Map.of("name", "express", "label", "Express"));

	private final IdentityService identity;

	private final FilterService filters;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	private final StartupLock startupLock;

	StaffAccess(IdentityService identity, FilterService filters, TaskService tasks, AuthorizationService authorizations,
			StartupLock startupLock) {
		this.startupLock = startupLock;
		this.identity = identity;
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		startupLock.exclusively(this::ensureAccess);
	}

	private void ensureAccess() {
		GROUPS.forEach(this::ensureGroup);
		String filterId = ensureGroupTasksFilter();
		for (String group : OrderflowGroups.STAFF) {
			grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(group, Resources.FILTER, filterId, Permissions.READ);
			grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
			grant(group, Resources.FILTER, ensureQueueFilter(group, QUEUE_FILTERS.get(group)), Permissions.READ);
		}
	}

	private void ensureGroup(String id, String name) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(name);
			group.setType("WORKFLOW");
			identity.saveGroup(group);
		}
	}

	/**
	 * The filter holds no query criteria: with authorization on, each user sees exactly
	 * the tasks the engine lets them read. An older version of the filter (with an
	 * expression) is rewritten.
	 */
	private String ensureGroupTasksFilter() {
		Filter filter = filters.createTaskFilterQuery().filterName(GROUP_TASKS_FILTER).singleResult();
		if (filter == null) {
			filter = filters.newTaskFilter(GROUP_TASKS_FILTER);
		}
		filter.setQuery(tasks.createTaskQuery())
			.setProperties(
					Map.of("description", "Open tasks of the groups I belong to", "priority", -10, "refresh", true,
							// shown with each task in the list, so staff find an order by
							// its number
							"variables", CARD_VARIABLES));
		return filters.saveFilter(filter).getId();
	}

	/**
	 * The group's candidate tasks, claimed ones included, most urgent first: highest
	 * priority, then earliest due date. Rewritten on every start.
	 */
	private String ensureQueueFilter(String group, String name) {
		Filter filter = filters.createTaskFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filters.newTaskFilter(name);
		}
		filter
			.setQuery(tasks.createTaskQuery()
				.taskCandidateGroup(group)
				.includeAssignedTasks()
				.orderByTaskPriority()
				.desc()
				.orderByDueDate()
				.asc())
			.setProperties(Map.of("description", "Open tasks of " + GROUPS.get(group), "priority", -20, "refresh", true,
					"variables", CARD_VARIABLES));
		return filters.saveFilter(filter).getId();
	}

	private void grant(String group, Resource resource, String resourceId, Permission permission) {
		Authorization authorization = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (authorization == null) {
			authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(group);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		if (!authorization.isPermissionGranted(permission)) {
			authorization.addPermission(permission);
			authorizations.saveAuthorization(authorization);
		}
	}

}
