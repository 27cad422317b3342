package io.orderflow.returns.flow;

import io.orderflow.returns.ReturnPolicy;
import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnTimelineKind;
import io.orderflow.returns.Returns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("assessReturn")
class AssessReturnDelegate implements JavaDelegate {

	private final ReturnPolicy policy;

	private final Returns returns;

	AssessReturnDelegate(ReturnPolicy policy, Returns returns) {
		this.policy = policy;
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReturnProcess process = ReturnProcess.of(execution);
		ReturnPolicy.Verdict verdict = policy.assess(process.returnNumber());
		returns.note(process.returnNumber(), ReturnTimelineKind.RETURN_ASSESSED,
				"return policy says " + verdict.outcome() + ": " + verdict.reasons());
		process.verdict(verdict);
	}

}
