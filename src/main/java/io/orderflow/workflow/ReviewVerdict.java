package io.orderflow.workflow;

/**
 * A person's choice on a review form ({@code reviewDecision}): Review order and Review
 * return branch on it. Rejecting needs a reason ({@code rejectionReason}).
 */
public enum ReviewVerdict {

	APPROVE, REJECT

}
