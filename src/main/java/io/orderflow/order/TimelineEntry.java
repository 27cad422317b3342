package io.orderflow.order;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of an order's timeline; {@code type} is the name of the {@link TimelineKind}
 * that wrote it.
 */
public record TimelineEntry(OffsetDateTime at, @Schema(ref = TimelineKindsSchema.REF) String type, String message) {

	public boolean is(TimelineKind kind) {
		return kind.name().equals(type);
	}

}
