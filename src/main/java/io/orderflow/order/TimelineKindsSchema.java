package io.orderflow.order;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The API's {@code TimelineEntryType}: one enum of every module's timeline kinds, the
 * order's first, then each module's {@link TimelineKinds} by name, so clients keep one
 * type for {@link TimelineEntry#type()}.
 */
@Component
class TimelineKindsSchema implements OpenApiCustomizer {

	static final String NAME = "TimelineEntryType";

	static final String REF = "#/components/schemas/" + NAME;

	private final ObjectProvider<TimelineKinds> modules;

	TimelineKindsSchema(ObjectProvider<TimelineKinds> modules) {
		this.modules = modules;
	}

	@Override
	public void customise(OpenAPI api) {
		Set<String> names = new LinkedHashSet<>();
		Stream.concat(Stream.of(OrderTimelineKind.values()),
				modules.stream()
					.sorted(Comparator.comparing(kinds -> kinds.type().getName()))
					.flatMap(kinds -> kinds.kinds().stream()))
			.forEach(kind -> {
				if (!names.add(kind.name())) {
					throw new IllegalStateException("Two modules own the timeline kind " + kind.name());
				}
			});
		api.getComponents().addSchemas(NAME, new StringSchema()._enum(names.stream().toList()));
	}

}
