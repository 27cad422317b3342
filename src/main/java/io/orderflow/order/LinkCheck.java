package io.orderflow.order;

/** What a customer's signed link says about the order it names. */
public enum LinkCheck {

	/** Signed by this store for this order, and not yet expired. */
	VALID,
	/** Signed for this order, but older than {@code orderflow.public-links.valid-for}. */
	EXPIRED,
	/** Missing, malformed, for another order, or not signed with this store's key. */
	INVALID

}
