package io.orderflow.order;

import java.util.List;

/**
 * A module's timeline kinds, declared as a bean by the module that owns them, so the API
 * document can list every kind without the order knowing the modules.
 */
public final class TimelineKinds {

	private final Class<? extends TimelineKind> type;

	private final List<TimelineKind> kinds;

	private TimelineKinds(Class<? extends TimelineKind> type, List<TimelineKind> kinds) {
		this.type = type;
		this.kinds = kinds;
	}

	public static <E extends Enum<E> & TimelineKind> TimelineKinds of(Class<E> type) {
		return new TimelineKinds(type, List.of(type.getEnumConstants()));
	}

	Class<? extends TimelineKind> type() {
		return type;
	}

	List<TimelineKind> kinds() {
		return kinds;
	}

}
