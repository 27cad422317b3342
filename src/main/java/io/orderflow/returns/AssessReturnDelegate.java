package io.orderflow.returns;

import io.orderflow.order.OrderReturns;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("assessReturn")
class AssessReturnDelegate implements JavaDelegate {

	private final ReturnPolicy policy;

	private final OrderReturns returns;

	AssessReturnDelegate(ReturnPolicy policy, OrderReturns returns) {
		this.policy = policy;
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String returnNumber = ProcessVariables.returnNumber(execution);
		ReturnPolicy.Verdict verdict = policy.assess(returnNumber);
		returns.note(returnNumber, "RETURN_ASSESSED",
				"return policy says " + verdict.outcome() + ": " + verdict.reasons());
		execution.setVariable(ProcessVariables.RETURN_DECISION, verdict.outcome().name());
		execution.setVariable("policyReasons", verdict.reasons());
	}

}
