package io.orderflow.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The changed-since feed ({@code orderflow.order-changes}): {@code settle} is how long
 * the feed holds back the newest changes. A change is stamped with the time it was made
 * and seen by readers when its transaction commits; a reader that paged past that time
 * before the commit would skip it. Held back longer than any order transaction takes,
 * every change is visible before the feed reaches its time.
 */
@ConfigurationProperties("orderflow.order-changes")
record OrderChangesProperties(@DefaultValue("PT5S") Duration settle) {

}
