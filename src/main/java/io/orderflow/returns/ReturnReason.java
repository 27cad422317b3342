package io.orderflow.returns;

/** Why the customer sends items back; the return policy decides on it. */
enum ReturnReason {

	DAMAGED, WRONG_ITEM, NOT_AS_DESCRIBED, CHANGED_MIND, OTHER

}
