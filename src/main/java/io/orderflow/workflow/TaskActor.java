package io.orderflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completed a task: its assignee, or else the user the engine authenticated for the
 * call.
 */
public final class TaskActor {

	private TaskActor() {
	}

	public static String of(DelegateTask task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return caller == null ? null : caller.getUserId();
	}

}
