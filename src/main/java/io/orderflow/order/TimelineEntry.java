package io.orderflow.order;

import java.time.OffsetDateTime;

public record TimelineEntry(OffsetDateTime at, TimelineEntryType type, String message) {
}
