package io.orderflow.workflow;

/**
 * What the customer chose once a returned parcel is back in stock ({@code afterRestock}).
 */
public enum RestockFollowUp {

	RESHIP, REFUND

}
