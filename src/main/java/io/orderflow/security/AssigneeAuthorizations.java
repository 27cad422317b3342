package io.orderflow.security;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's grants on a task's assignee plus TASK_ASSIGN, so that staff can unclaim the
 * task they claimed (Tasklist's "Unclaim"), and the rules the engine's permissions cannot
 * express. TASK_ASSIGN would let its holder hand the task to anyone, make anyone its
 * owner or add candidate groups, and each of those is granted the task by the engine,
 * even outside the diagram's candidate groups; a claimer who unclaimed keeps the grant,
 * which must not let them unclaim a colleague's claim later. So when staff assign, claim,
 * delegate, set an owner or change candidates, a task's assignee moves only between
 * nobody and themselves, and nothing else changes. Administrators, and the process
 * creating its tasks, are not restricted.
 */
class AssigneeAuthorizations extends DefaultAuthorizationProvider {

	/** What a task's assignee holds on it beyond Camunda's default grants. */
	static final Permission ASSIGNEES_OWN = Permissions.TASK_ASSIGN;

	/** The commands that change who may work a task when a user asks for it. */
	private static final List<Class<?>> ASSIGNING = List.of(AssignTaskCmd.class, ClaimTaskCmd.class,
			DelegateTaskCmd.class, SetTaskOwnerCmd.class, AbstractAddIdentityLinkCmd.class,
			DeleteIdentityLinkCmd.class);

	@Override
	public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
		String staff = assigningStaffMember();
		if (staff != null && !(nobodyOr(staff, oldAssignee) && nobodyOr(staff, newAssignee))) {
			throw refused(staff, task, "may claim and unclaim task '%s' only for themselves");
		}
		AuthorizationEntity[] granted = super.newTaskAssignee(task, oldAssignee, newAssignee);
		if (newAssignee == null) {
			return granted;
		}
		AuthorizationEntity assignees = Arrays.stream(granted)
			.filter(grant -> newAssignee.equals(grant.getUserId())
					&& grant.getResourceType() == Resources.TASK.resourceType())
			.findFirst()
			.orElse(null);
		if (assignees != null) {
			assignees.addPermission(ASSIGNEES_OWN);
			return granted;
		}
		AuthorizationEntity assign = createOrUpdateAuthorization(task, newAssignee, null, Resources.TASK, false,
				ASSIGNEES_OWN);
		return assign == null ? granted
				: Stream.concat(Arrays.stream(granted), Stream.of(assign)).toArray(AuthorizationEntity[]::new);
	}

	@Override
	public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
		refuseStaff(task, "may not change the owner of task '%s'");
		return super.newTaskOwner(task, oldOwner, newOwner);
	}

	@Override
	public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
		refuseStaff(task, "may not change the candidates of task '%s'");
		return super.newTaskUserIdentityLink(task, userId, type);
	}

	@Override
	public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
		refuseStaff(task, "may not change the candidates of task '%s'");
		return super.newTaskGroupIdentityLink(task, groupId, type);
	}

	@Override
	public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
		refuseStaff(task, "may not change the candidates of task '%s'");
		return super.deleteTaskUserIdentityLink(task, userId, type);
	}

	@Override
	public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
		refuseStaff(task, "may not change the candidates of task '%s'");
		return super.deleteTaskGroupIdentityLink(task, groupId, type);
	}

	private static void refuseStaff(Task task, String what) {
		String staff = assigningStaffMember();
		if (staff != null) {
			throw refused(staff, task, what);
		}
	}

	/**
	 * The user who is not an administrator and asked to change a task's assignment; null
	 * if there is none.
	 */
	private static String assigningStaffMember() {
		CommandInvocationContext invocation = Context.getCommandInvocationContext();
		CommandContext command = Context.getCommandContext();
		if (invocation == null || command == null || !command.isAuthorizationCheckEnabled()
				|| command.getAuthenticatedUserId() == null
				|| ASSIGNING.stream().noneMatch(type -> type.isInstance(invocation.getCommand()))
				|| command.getAuthorizationManager().isCamundaAdmin(command.getAuthentication())) {
			return null;
		}
		return command.getAuthenticatedUserId();
	}

	private static boolean nobodyOr(String user, String assignee) {
		return assignee == null || Objects.equals(user, assignee);
	}

	private static AuthorizationException refused(String user, Task task, String what) {
		return new AuthorizationException("The user with id '" + user + "' " + what.formatted(task.getId()));
	}

}
