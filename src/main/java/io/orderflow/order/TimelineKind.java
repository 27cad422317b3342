package io.orderflow.order;

/**
 * What a timeline entry records. Each module owns an enum of the kinds it writes, such as
 * {@link OrderTimelineKind} or {@code payment.PaymentTimelineKind}, and declares it with
 * {@link TimelineKinds}. The constant's name is what the entry stores and the API shows,
 * so names are unique across modules and never renamed.
 */
public interface TimelineKind {

	String name();

}
