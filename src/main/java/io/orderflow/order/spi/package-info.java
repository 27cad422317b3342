/**
 * What the order asks of the capabilities, which they implement: the order view's payment
 * status and shipments, and the erasure of their copies of a customer's personal data.
 */
@org.springframework.modulith.NamedInterface("spi")
package io.orderflow.order.spi;
