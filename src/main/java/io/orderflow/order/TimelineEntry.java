package io.orderflow.order;

import java.time.OffsetDateTime;

public record TimelineEntry(OffsetDateTime at, String type, String message) {
}
