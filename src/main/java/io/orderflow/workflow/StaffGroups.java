package io.orderflow.workflow;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the groups that candidate groups in the diagrams name, and Tasklist's group filter. Safe to run on every start. */
@Component
@Order(1)
class StaffGroups implements ApplicationRunner {

	static final Map<String, String> GROUPS = Map.of(
			"warehouse", "Warehouse",
			"fraud-analysts", "Fraud analysts",
			"customer-service", "Customer service",
			"order-api", "Order API systems");

	static final String GROUP_TASKS_FILTER = "My group tasks";

	private final IdentityService identity;

	private final FilterService filters;

	private final TaskService tasks;

	StaffGroups(IdentityService identity, FilterService filters, TaskService tasks) {
		this.identity = identity;
		this.filters = filters;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		GROUPS.forEach((id, name) -> {
			if (identity.createGroupQuery().groupId(id).count() == 0) {
				Group group = identity.newGroup(id);
				group.setName(name);
				group.setType("WORKFLOW");
				identity.saveGroup(group);
			}
		});
		if (filters.createTaskFilterQuery().filterName(GROUP_TASKS_FILTER).count() == 0) {
			Filter filter = filters.newTaskFilter(GROUP_TASKS_FILTER)
				.setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks())
				.setProperties(Map.of("description", "Open tasks of the groups I belong to", "priority", -10, "refresh", true,
						// shown with each task in the list, so staff find an order by its number
						"variables", List.of(Map.of("name", ProcessVariables.ORDER_NUMBER, "label", "Order"))));
			filters.saveFilter(filter);
		}
	}

}
