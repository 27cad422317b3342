package io.orderflow.order;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of an order's timeline; {@code type} is the name of the {@link TimelineKind}
 * that wrote it, {@code actor} who asked for it over the API.
 */
public record TimelineEntry(OffsetDateTime at, @Schema(ref = TimelineKindsSchema.REF) String type, String message,
		@Schema(description = "Who asked for it (user name or API client id); absent where the order's own steps did it",
				nullable = true) String actor) {

	public boolean is(TimelineKind kind) {
		return kind.name().equals(type);
	}

}
