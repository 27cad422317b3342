package io.orderflow.returns;

import io.orderflow.order.Address;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orderflow.returns}: the warehouse whose stock resellable returns go back into,
 * and its address, where return labels send the parcel.
 */
@ConfigurationProperties("orderflow.returns")
public record ReturnSettings(String warehouse, Address address) {
}
