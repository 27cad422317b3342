package io.orderflow.returns;

import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.RefusedInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of {@code return-handling}, typed. */
public final class ReturnProcess {

	/** Set by the return policy: APPROVE, REVIEW or REJECT. */
	static final String RETURN_DECISION = "returnDecision";

	static final String POLICY_REASONS = "policyReasons";

	/** Set by the inspection form: RESELLABLE or DAMAGED. */
	static final String ITEM_CONDITION = "itemCondition";

	private final VariableScope scope;

	private ReturnProcess(VariableScope scope) {
		this.scope = scope;
	}

	public static ReturnProcess of(VariableScope scope) {
		return new ReturnProcess(scope);
	}

	public String returnNumber() {
		return ProcessVariables.required(scope, ProcessVariables.RETURN_NUMBER);
	}

	public void verdict(ReturnPolicy.Verdict verdict) {
		scope.setVariable(RETURN_DECISION, verdict.outcome().name());
		scope.setVariable(POLICY_REASONS, verdict.reasons());
	}

	/** What the warehouse found, or an error Tasklist shows the inspector. */
	public ItemCondition itemCondition() {
		try {
			return ItemCondition.valueOf(String.valueOf(scope.getVariable(ITEM_CONDITION)));
		}
		catch (IllegalArgumentException e) {
			throw new RefusedInputException(
					"The inspection needs the items' condition: set '" + ITEM_CONDITION + "' to RESELLABLE or DAMAGED");
		}
	}

}
