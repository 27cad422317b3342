package io.orderflow.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orderflow.infrastructure.StartupLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Open tasks get the grants the engine gives a new task today, on every start: the engine
 * grants only as a task is created, claimed or given candidates, so a task from before a
 * grant was introduced (authorization switched on, the assignee's TASK_ASSIGN of
 * {@link AssigneeAuthorizations}, HISTORIC_TASK READ of
 * {@code enableHistoricInstancePermissions}) would otherwise never have it, and Tasklist
 * would answer Unclaim or Add Comment on it with an engine error. The grants come from
 * the engine's own {@link ResourceAuthorizationProvider}, asked as if each candidate, the
 * owner and the assignee had just been named, so nothing broader is granted than a new
 * task's. Tasks are looked at in batches, each batch in a transaction of its own under
 * the start-up lock; when nothing is missing a start costs one query.
 */
@Component
@Order(3)
class OpenTaskGrants implements ApplicationRunner {

	static final int BATCH_SIZE = 500;

	private static final Logger log = LoggerFactory.getLogger(OpenTaskGrants.class);

	private final ProcessEngineConfigurationImpl engine;

	private final MissingTaskGrants missing;

	private final StartupLock startupLock;

	OpenTaskGrants(ProcessEngine engine, MissingTaskGrants missing, StartupLock startupLock) {
		this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		this.missing = missing;
		this.startupLock = startupLock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int granted = grantMissing(BATCH_SIZE);
		if (granted > 0) {
			log.info("Gave {} open tasks the grants the engine gives new tasks", granted);
		}
	}

	/**
	 * The number of open tasks that lacked a grant and have it now. The tasks are visited
	 * in id order, each once, so the step ends even if the engine granted less than
	 * {@link #expected()} says.
	 */
	int grantMissing(int batchSize) {
		if (!engine.isAuthorizationEnabled()) {
			return 0;
		}
		MissingTaskGrants.Expected expected = expected();
		int granted = 0;
		String after = "";
		while (true) {
			String cursor = after;
			List<String> batch = startupLock.exclusively(() -> {
				List<String> tasks = missing.after(cursor, batchSize, expected);
				if (!tasks.isEmpty()) {
					engine.getCommandExecutorTxRequired().execute(context -> grant(context, tasks));
				}
				return tasks;
			});
			granted += batch.size();
			if (batch.size() < batchSize) {
				return granted;
			}
			after = batch.get(batch.size() - 1);
		}
	}

	/**
	 * What Camunda's default provider grants a candidate, owner or assignee on a task
	 * (READ and the default task permission, with the history's READ when historic
	 * instance permissions are on, READ_VARIABLE on both when specific variable
	 * permissions are enforced), and what {@link AssigneeAuthorizations} adds for the
	 * assignee.
	 */
	private MissingTaskGrants.Expected expected() {
		boolean variables = engine.isEnforceSpecificVariablePermission();
		Map<Resource, Integer> candidate = new LinkedHashMap<>();
		candidate.put(Resources.TASK, all(Permissions.READ, engine.getDefaultUserPermissionForTask(),
				variables ? TaskPermissions.READ_VARIABLE : null));
		if (engine.isEnableHistoricInstancePermissions()) {
			candidate.put(Resources.HISTORIC_TASK,
					all(HistoricTaskPermissions.READ, variables ? HistoricTaskPermissions.READ_VARIABLE : null));
		}
		Map<Resource, Integer> assignee = new LinkedHashMap<>(candidate);
		assignee.merge(Resources.TASK, AssigneeAuthorizations.ASSIGNEES_OWN.getValue(), (a, b) -> a | b);
		return new MissingTaskGrants.Expected(candidate, assignee);
	}

	private static int all(Permission... permissions) {
		int value = 0;
		for (Permission permission : permissions) {
			value |= permission == null ? 0 : permission.getValue();
		}
		return value;
	}

	/** Names each task's candidates, owner and assignee to the provider again. */
	private Void grant(CommandContext context, List<String> taskIds) {
		ResourceAuthorizationProvider provider = engine.getResourceAuthorizationProvider();
		for (String taskId : taskIds) {
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			if (task == null) {
				continue;
			}
			for (IdentityLinkEntity link : task.getIdentityLinks()) {
				save(context,
						link.getGroupId() != null
								? provider.newTaskGroupIdentityLink(task, link.getGroupId(), link.getType())
								: provider.newTaskUserIdentityLink(task, link.getUserId(), link.getType()));
			}
			if (task.getOwner() != null) {
				save(context, provider.newTaskOwner(task, null, task.getOwner()));
			}
			if (task.getAssignee() != null) {
				save(context, provider.newTaskAssignee(task, null, task.getAssignee()));
			}
		}
		return null;
	}

	/** As the engine saves a provider's grants: new ones inserted, found ones updated. */
	private static void save(CommandContext context, AuthorizationEntity[] grants) {
		if (grants == null) {
			return;
		}
		AuthorizationManager authorizations = context.getAuthorizationManager();
		for (AuthorizationEntity grant : grants) {
			if (grant.getId() == null) {
				authorizations.insert(grant);
			}
			else {
				authorizations.update(grant);
			}
		}
	}

}
