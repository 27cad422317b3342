package io.orderflow.fraud;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of {@code fraud-check}, typed. */
public final class FraudCheckProcess {

	static final String RISK_LEVEL = "riskLevel";

	static final String RISK_REASONS = "riskReasons";

	/**
	 * Input parameters of the escalation step: which task goes to which extra group
	 * (named in the diagram).
	 */
	static final String ESCALATE_TASK = "escalateTask";

	static final String ESCALATION_GROUP = "escalationGroup";

	private final VariableScope scope;

	private FraudCheckProcess(VariableScope scope) {
		this.scope = scope;
	}

	public static FraudCheckProcess of(VariableScope scope) {
		return new FraudCheckProcess(scope);
	}

	public String orderNumber() {
		return ProcessVariables.orderNumber(scope);
	}

	public void assessment(FraudScreening.RiskAssessment assessment) {
		scope.setVariable(RISK_LEVEL, assessment.level().name());
		scope.setVariable(RISK_REASONS, assessment.reasons());
	}

	public String riskReasons() {
		return ProcessVariables.required(scope, RISK_REASONS);
	}

	public String escalateTask() {
		return ProcessVariables.required(scope, ESCALATE_TASK);
	}

	public String escalationGroup() {
		return ProcessVariables.required(scope, ESCALATION_GROUP);
	}

}
