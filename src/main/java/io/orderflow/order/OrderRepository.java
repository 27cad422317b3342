package io.orderflow.order;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class OrderRepository {

	private static final String HEADER_COLUMNS = """
			order_number, channel, status, customer_id, customer_name, customer_email,
			ship_name, ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country,
			bill_name, bill_line1, bill_line2, bill_city, bill_region, bill_postal_code, bill_country, shipping_method,
			payment_method, payment_token, currency, subtotal, shipping_cost, tax, grand_total, placed_at""";

	private final JdbcClient jdbc;

	private final OrdersReadInTransaction read = new OrdersReadInTransaction();

	OrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextOrderNumber() {
		long next = jdbc.sql("select nextval('order_number_seq')").query(Long.class).single();
		return "OF-" + next;
	}

	void insert(Order order) {
		insert(order, null);
	}

	/**
	 * Stores the order with the channel's own number of it, if it sent one.
	 * @throws org.springframework.dao.DuplicateKeyException when the channel's number is
	 * already taken
	 */
	void insert(Order order, @Nullable String externalOrderId) {
		read.forget();
		jdbc.sql("insert into customer_order (" + HEADER_COLUMNS
				+ ", external_order_id, updated_at, last_changed_at) values "
				+ "(:orderNumber, :channel, :status, :customerId, :customerName, :customerEmail, :shipName, :shipLine1,"
				+ " :shipLine2, :shipCity, :shipRegion, :shipPostalCode, :shipCountry, :billName, :billLine1,"
				+ " :billLine2, :billCity, :billRegion, :billPostalCode, :billCountry, :shippingMethod,"
				+ " :paymentMethod, :paymentToken, :currency, :subtotal, :shipping, :tax, :grandTotal, :placedAt,"
				+ " :externalOrderId, :placedAt, :placedAt)")
			.param("orderNumber", order.orderNumber())
			.param("channel", order.channel().name())
			.param("status", order.status().name())
			.param("customerId", order.customer().id())
			.param("customerName", order.customer().name())
			.param("customerEmail", order.customer().email())
			.param("shipName", order.shippingAddress().name())
			.param("shipLine1", order.shippingAddress().line1())
			.param("shipLine2", order.shippingAddress().line2())
			.param("shipRegion", order.shippingAddress().region())
			.param("shipCity", order.shippingAddress().city())
			.param("shipPostalCode", order.shippingAddress().postalCode())
			.param("shipCountry", order.shippingAddress().country())
			.param("billName", order.billingAddress().name())
			.param("billLine1", order.billingAddress().line1())
			.param("billLine2", order.billingAddress().line2())
			.param("billRegion", order.billingAddress().region())
			.param("billCity", order.billingAddress().city())
			.param("billPostalCode", order.billingAddress().postalCode())
			.param("billCountry", order.billingAddress().country())
			.param("shippingMethod", order.shippingMethod().name())
			.param("paymentMethod", order.paymentMethod().name())
			.param("paymentToken", order.paymentToken())
			.param("currency", order.currency())
			.param("subtotal", order.totals().subtotal())
			.param("shipping", order.totals().shipping())
			.param("tax", order.totals().tax())
			.param("grandTotal", order.totals().grandTotal())
			.param("placedAt", order.placedAt())
			.param("externalOrderId", externalOrderId)
			.update();
		for (OrderLine line : order.lines()) {
			jdbc.sql(
					"insert into order_line (order_number, line_number, sku, product_name, quantity, unit_price, line_total)"
							+ " values (?, ?, ?, ?, ?, ?, ?)")
				.params(order.orderNumber(), line.lineNumber(), line.sku(), line.productName(), line.quantity(),
						line.unitPrice(), line.lineTotal())
				.update();
		}
	}

	/** The number of the order the channel sent under its own number, if any. */
	Optional<String> findByExternalId(SalesChannel channel, String externalOrderId) {
		return jdbc.sql("select order_number from customer_order where channel = ? and external_order_id = ?")
			.params(channel.name(), externalOrderId)
			.query(String.class)
			.optional();
	}

	/** The channel's own number of the order, if it sent one. */
	Optional<String> externalOrderId(String orderNumber) {
		return jdbc.sql("select external_order_id from customer_order where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.optional();
	}

	public Optional<Order> find(String orderNumber) {
		return read.find(orderNumber, this::load);
	}

	private Optional<Order> load(String orderNumber) {
		List<OrderLine> lines = linesOf(orderNumber);
		return jdbc.sql("select " + HEADER_COLUMNS + " from customer_order where order_number = ?")
			.param(orderNumber)
			.query((rs, row) -> header(rs, lines))
			.optional();
	}

	/** The status as last committed, not as this transaction read the order before. */
	Optional<OrderStatus> findStatus(String orderNumber) {
		return jdbc.sql("select status from customer_order where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.optional()
			.map(OrderStatus::valueOf);
	}

	Optional<OrderStatus> findStatusForUpdate(String orderNumber) {
		read.forget();
		return jdbc.sql("select status from customer_order where order_number = ? for update")
			.param(orderNumber)
			.query(String.class)
			.optional()
			.map(OrderStatus::valueOf);
	}

	void updateStatus(String orderNumber, OrderStatus status, OffsetDateTime at) {
		read.forget();
		jdbc.sql("update customer_order set status = ?, updated_at = ? where order_number = ?")
			.params(status.name(), at, orderNumber)
			.update();
		changed(orderNumber, at);
	}

	public long count(Optional<OrderStatus> status) {
		return jdbc.sql("select count(*) from customer_order" + statusFilter(status))
			.params(statusParam(status))
			.query(Long.class)
			.single();
	}

	private static String statusFilter(Optional<OrderStatus> status) {
		return status.isPresent() ? " where status = :status" : "";
	}

	private static Map<String, Object> statusParam(Optional<OrderStatus> status) {
		return status.<Map<String, Object>>map(s -> Map.of("status", s.name())).orElse(Map.of());
	}

	/**
	 * One page of the orders that match, newest first (then by order number, so a page
	 * never changes with ties); {@code only}, unless null, limits them to those numbers.
	 * Each criterion has an index (V24): the number prefix ix_order_number_pattern, the
	 * e-mail ix_order_email_lower_placed, the name ix_order_name_lower_pattern, the
	 * statuses ix_order_status_placed, the channel ix_order_channel_placed, the placed
	 * times ix_order_placed.
	 */
	public List<Order> search(OrderSearch search, Set<String> only, int page, int size) {
		SearchQuery query = SearchQuery.of(search, only);
		return jdbc
			.sql("select " + HEADER_COLUMNS + " from customer_order" + query.where()
					+ " order by placed_at desc, order_number desc limit :size offset :offset")
			.params(query.params())
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> header(rs, List.of()))
			.list();
	}

	public long count(OrderSearch search, Set<String> only) {
		SearchQuery query = SearchQuery.of(search, only);
		return jdbc.sql("select count(*) from customer_order" + query.where())
			.params(query.params())
			.query(Long.class)
			.single();
	}

	/** The where clause of a search, and its named parameters. */
	record SearchQuery(String where, Map<String, Object> params) {

		static SearchQuery of(OrderSearch search, Set<String> only) {
			List<String> conditions = new ArrayList<>();
			Map<String, Object> params = new HashMap<>();
			if (search.orderNumberPrefix() != null) {
				conditions.add("order_number like :numberPrefix escape '\\'");
				params.put("numberPrefix", likePrefix(search.orderNumberPrefix()));
			}
			if (search.email() != null) {
				conditions.add("lower(customer_email) = lower(:email)");
				params.put("email", search.email());
			}
			if (search.namePrefix() != null) {
				conditions.add("lower(customer_name) like :namePrefix escape '\\'");
				params.put("namePrefix", likePrefix(search.namePrefix().toLowerCase(Locale.ROOT)));
			}
			if (!search.statuses().isEmpty()) {
				conditions.add("status in (:statuses)");
				params.put("statuses", search.statuses().stream().map(OrderStatus::name).sorted().toList());
			}
			if (search.channel() != null) {
				conditions.add("channel = :channel");
				params.put("channel", search.channel().name());
			}
			if (search.placedFrom() != null) {
				conditions.add("placed_at >= :placedFrom");
				params.put("placedFrom", search.placedFrom().atOffset(ZoneOffset.UTC));
			}
			if (search.placedTo() != null) {
				conditions.add("placed_at < :placedTo");
				params.put("placedTo", search.placedTo().atOffset(ZoneOffset.UTC));
			}
			if (only != null) {
				conditions.add("order_number in (:only)");
				params.put("only", List.copyOf(only));
			}
			return new SearchQuery(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
		}

		/**
		 * The text as a LIKE pattern that matches what starts with it, wildcards escaped.
		 */
		private static String likePrefix(String text) {
			return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		}

	}

	void updateLine(String orderNumber, OrderLine line, OffsetDateTime at) {
		read.forget();
		jdbc.sql("update order_line set cancelled_quantity = ?, shipped_quantity = ?, line_total = ?"
				+ " where order_number = ? and line_number = ?")
			.params(line.cancelledQuantity(), line.shippedQuantity(), line.lineTotal(), orderNumber, line.lineNumber())
			.update();
		changed(orderNumber, at);
	}

	void updateTotals(String orderNumber, Totals totals, OffsetDateTime at) {
		read.forget();
		jdbc.sql("update customer_order set subtotal = ?, shipping_cost = ?, tax = ?, grand_total = ?, updated_at = ?"
				+ " where order_number = ?")
			.params(totals.subtotal(), totals.shipping(), totals.tax(), totals.grandTotal(), at, orderNumber)
			.update();
		changed(orderNumber, at);
	}

	/**
	 * Locks the order's row, so changes to its lines and totals are made one at a time.
	 */
	void lock(String orderNumber) {
		read.forget();
		jdbc.sql("select order_number from customer_order where order_number = ? for update")
			.param(orderNumber)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new UnknownOrderException(orderNumber));
	}

	boolean hasShipment(String shipmentKey) {
		return jdbc.sql("select count(*) from order_shipment_item where shipment_key = ?")
			.param(shipmentKey)
			.query(Integer.class)
			.single() > 0;
	}

	void insertShipmentItem(String orderNumber, String shipmentKey, String sku, int quantity, BigDecimal goodsValue) {
		jdbc.sql("insert into order_shipment_item (order_number, shipment_key, sku, quantity, goods_value)"
				+ " values (?, ?, ?, ?, ?)")
			.params(orderNumber, shipmentKey, sku, quantity, goodsValue)
			.update();
	}

	void copyShipmentItems(String orderNumber, String fromShipmentKey, String toShipmentKey) {
		jdbc.sql("insert into order_shipment_item (order_number, shipment_key, sku, quantity, goods_value)"
				+ " select order_number, ?, sku, quantity, goods_value from order_shipment_item"
				+ " where order_number = ? and shipment_key = ?")
			.params(toShipmentKey, orderNumber, fromShipmentKey)
			.update();
	}

	BigDecimal shipmentGoodsValue(String shipmentKey) {
		return jdbc.sql("select coalesce(sum(goods_value), 0) from order_shipment_item where shipment_key = ?")
			.param(shipmentKey)
			.query(BigDecimal.class)
			.single();
	}

	int shipmentCount(String orderNumber) {
		return jdbc.sql("select count(distinct shipment_key) from order_shipment_item where order_number = ?")
			.param(orderNumber)
			.query(Integer.class)
			.single();
	}

	/**
	 * The fraud checks' queries; the e-mail in any case (ix_order_email_lower_placed,
	 * V17).
	 */
	static final String OTHER_ORDERS_SINCE = "select count(*) from customer_order where order_number <> ?"
			+ " and placed_at >= ? and (customer_id = ? or lower(customer_email) = lower(?))";

	static final String ANY_OTHER_ORDER = "select exists (select 1 from customer_order where order_number <> ?"
			+ " and (customer_id = ? or lower(customer_email) = lower(?)))";

	/**
	 * Other orders of the same customer, by customer id or e-mail address, placed since
	 * {@code since}.
	 */
	int otherOrdersOfCustomer(Order order, OffsetDateTime since) {
		return jdbc.sql(OTHER_ORDERS_SINCE)
			.params(order.orderNumber(), since, order.customer().id(), order.customer().email())
			.query(Integer.class)
			.single();
	}

	/**
	 * The customer's other orders placed before this one (by customer id or e-mail): how
	 * many, their grand total per currency, and the newest order numbers.
	 */
	CustomerHistory historyBefore(Order order, int latest) {
		String customer = " from customer_order where order_number <> ? and placed_at <= ?"
				+ " and (customer_id = ? or lower(customer_email) = lower(?))";
		Object[] params = { order.orderNumber(), order.placedAt(), order.customer().id(), order.customer().email() };
		Map<String, BigDecimal> value = new TreeMap<>();
		jdbc.sql("select currency, sum(grand_total) as total" + customer + " group by currency")
			.params(params)
			.query((rs, row) -> value.put(rs.getString("currency"), rs.getBigDecimal("total")))
			.list();
		List<String> numbers = jdbc
			.sql("select order_number" + customer + " order by placed_at desc, order_number desc limit " + latest)
			.params(params)
			.query(String.class)
			.list();
		int count = jdbc.sql("select count(*)" + customer).params(params).query(Integer.class).single();
		return new CustomerHistory(count, value, numbers);
	}

	/** Whether the customer placed any other order, by customer id or e-mail address. */
	boolean hasOtherOrders(Order order) {
		return jdbc.sql(ANY_OTHER_ORDER)
			.params(order.orderNumber(), order.customer().id(), order.customer().email())
			.query(Boolean.class)
			.single();
	}

	void updatePayment(String orderNumber, PaymentMethod method, String token, OffsetDateTime at) {
		read.forget();
		jdbc.sql(
				"update customer_order set payment_method = ?, payment_token = ?, updated_at = ? where order_number = ?")
			.params(method.name(), token, at, orderNumber)
			.update();
	}

	/**
	 * Why the cancellation was asked for, in the caller's words, and the code of what the
	 * customer is told (none: the caller's words are the customer's own).
	 */
	void recordCancellationReason(String orderNumber, String reason, CustomerReason customerReason) {
		read.forget();
		jdbc.sql("update customer_order set cancellation_reason = ?, cancellation_customer_reason = ?"
				+ " where order_number = ?")
			.params(reason, customerReason == null ? null : customerReason.name(), orderNumber)
			.update();
	}

	Optional<CustomerReason> cancellationCustomerReason(String orderNumber) {
		return jdbc
			.sql("select cancellation_customer_reason from customer_order where order_number = ?"
					+ " and cancellation_customer_reason is not null")
			.param(orderNumber)
			.query(String.class)
			.optional()
			.map(CustomerReason::valueOf);
	}

	Optional<String> cancellationReason(String orderNumber) {
		return jdbc.sql(
				"select cancellation_reason from customer_order where order_number = ? and cancellation_reason is not null")
			.param(orderNumber)
			.query(String.class)
			.optional();
	}

	void appendEvent(String orderNumber, OffsetDateTime at, TimelineKind kind, String message) {
		appendEvent(orderNumber, at, kind, message, null);
	}

	/**
	 * A timeline entry; {@code actor} is who asked for it, null for the order's own
	 * steps.
	 */
	void appendEvent(String orderNumber, OffsetDateTime at, TimelineKind kind, String message, String actor) {
		jdbc.sql("insert into order_event (order_number, occurred_at, event_type, message, actor)"
				+ " values (?, ?, ?, ?, ?)")
			.params(orderNumber, at, kind.name(), message, actor)
			.update();
		changed(orderNumber, at);
	}

	/**
	 * Stamps the order for the changed-since feed, in the transaction of the change.
	 * Never backwards, so a late stamp with an earlier clock reading cannot move an order
	 * behind a reader's cursor.
	 */
	private void changed(String orderNumber, OffsetDateTime at) {
		jdbc.sql("update customer_order set last_changed_at = ? where order_number = ? and last_changed_at < ?")
			.params(at, orderNumber, at)
			.update();
	}

	/**
	 * The orders last changed at or after {@code since} and before {@code until}, after
	 * the cursor position (change time, then order number), in that order;
	 * ix_order_last_changed (V27) serves both the filter and the sort.
	 */
	public List<OrderChange> changes(OffsetDateTime since, OffsetDateTime until, @Nullable OrderChange.Position after,
			int limit) {
		String cursor = after == null ? ""
				: " and (last_changed_at > :afterAt or (last_changed_at = :afterAt and order_number > :afterNumber))";
		JdbcClient.StatementSpec query = jdbc
			.sql("select order_number, status, channel, placed_at, last_changed_at from customer_order"
					+ " where last_changed_at >= :since and last_changed_at < :until" + cursor
					+ " order by last_changed_at, order_number limit :limit")
			.param("since", since)
			.param("until", until)
			.param("limit", limit);
		if (after != null) {
			query = query.param("afterAt", after.changedAt()).param("afterNumber", after.orderNumber());
		}
		return query.query((rs, row) -> new OrderChange(rs.getString("order_number"),
				OrderStatus.valueOf(rs.getString("status")), SalesChannel.valueOf(rs.getString("channel")),
				rs.getObject("placed_at", OffsetDateTime.class), rs.getObject("last_changed_at", OffsetDateTime.class)))
			.list();
	}

	List<TimelineEntry> timeline(String orderNumber) {
		return jdbc
			.sql("select occurred_at, event_type, message, actor from order_event where order_number = ? order by id")
			.param(orderNumber)
			.query((rs, row) -> new TimelineEntry(rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("event_type"), rs.getString("message"), rs.getString("actor")))
			.list();
	}

	private List<OrderLine> linesOf(String orderNumber) {
		return jdbc
			.sql("select line_number, sku, product_name, quantity, unit_price, line_total, cancelled_quantity,"
					+ " shipped_quantity from order_line where order_number = ? order by line_number")
			.param(orderNumber)
			.query((rs, row) -> new OrderLine(rs.getInt("line_number"), rs.getString("sku"),
					rs.getString("product_name"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
					rs.getBigDecimal("line_total"), rs.getInt("cancelled_quantity"), rs.getInt("shipped_quantity")))
			.list();
	}

	private static Order header(ResultSet rs, List<OrderLine> lines) throws SQLException {
		return new Order(rs.getString("order_number"), SalesChannel.valueOf(rs.getString("channel")),
				OrderStatus.valueOf(rs.getString("status")),
				new Customer(rs.getString("customer_id"), rs.getString("customer_name"),
						rs.getString("customer_email")),
				new Address(rs.getString("ship_name"), rs.getString("ship_line1"), rs.getString("ship_line2"),
						rs.getString("ship_city"), rs.getString("ship_region"), rs.getString("ship_postal_code"),
						rs.getString("ship_country")),
				new Address(rs.getString("bill_name"), rs.getString("bill_line1"), rs.getString("bill_line2"),
						rs.getString("bill_city"), rs.getString("bill_region"), rs.getString("bill_postal_code"),
						rs.getString("bill_country")),
				ShippingMethod.valueOf(rs.getString("shipping_method")),
				PaymentMethod.valueOf(rs.getString("payment_method")), rs.getString("payment_token"),
				rs.getString("currency"), new Totals(rs.getBigDecimal("subtotal"), rs.getBigDecimal("shipping_cost"),
						rs.getBigDecimal("tax"), rs.getBigDecimal("grand_total")),
				lines, rs.getObject("placed_at", OffsetDateTime.class));
	}

	/**
	 * Orders in one of the statuses, not anonymised, last changed before the time: for an
	 * ended order, when it ended. Oldest first.
	 */
	List<String> endedAndNotAnonymised(List<OrderStatus> statuses, OffsetDateTime before, int limit) {
		return jdbc
			.sql("select order_number from customer_order where status in (:statuses) and anonymised_at is null"
					+ " and updated_at < :before order by updated_at, order_number limit :limit")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("before", before)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/**
	 * Locks the order's row if it is not anonymised yet; false, at once, when it is, or
	 * when another transaction (another node's retention) holds the lock.
	 */
	boolean lockIfNotAnonymised(String orderNumber) {
		read.forget();
		return jdbc
			.sql("select order_number from customer_order where order_number = ? and anonymised_at is null"
					+ " for update skip locked")
			.param(orderNumber)
			.query(String.class)
			.optional()
			.isPresent();
	}

	/**
	 * Replaces who bought the order and where it went (country and region stay, for tax)
	 * and forgets the payment token; the order's lines, totals and status stay as they
	 * are.
	 */
	void anonymise(String orderNumber, String placeholder, String email, OffsetDateTime at) {
		read.forget();
		jdbc.sql("""
				update customer_order set customer_id = :p, customer_name = :p, customer_email = :email,
				ship_name = :p, ship_line1 = :p, ship_line2 = null, ship_city = :p, ship_postal_code = :p,
				bill_name = :p, bill_line1 = :p, bill_line2 = null, bill_city = :p, bill_postal_code = :p,
				payment_token = null, anonymised_at = :at where order_number = :orderNumber""")
			.param("p", placeholder)
			.param("email", email)
			.param("at", at)
			.param("orderNumber", orderNumber)
			.update();
	}

	/**
	 * Makes the replacements (in order) in the order's timeline messages and in the
	 * cancellation reason, which quote what people wrote.
	 */
	void replaceInTimeline(String orderNumber, Map<String, String> replacements) {
		read.forget();
		replacements.forEach((text, replacement) -> {
			jdbc.sql(
					"update order_event set message = replace(message, ?, ?) where order_number = ? and message like ?")
				.params(text, replacement, orderNumber, "%" + text + "%")
				.update();
			jdbc.sql("update customer_order set cancellation_reason = replace(cancellation_reason, ?, ?)"
					+ " where order_number = ? and cancellation_reason like ?")
				.params(text, replacement, orderNumber, "%" + text + "%")
				.update();
		});
	}

}
