package io.orderflow.returns;

/**
 * What the warehouse found in a returned parcel: goods that can be sold again, or not.
 */
public enum ItemCondition {

	RESELLABLE, DAMAGED

}
