package io.orderflow.infrastructure;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Event listeners run after the commit on their own threads ({@code @Async}), and the
 * mail and webhook senders on a schedule, so neither slows down an order.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class BackgroundWork {

}
