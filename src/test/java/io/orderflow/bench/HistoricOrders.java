package io.orderflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the OMS tables with orders of the past (not through the API: one SQL statement
 * per table), so a run can show what the data already there does to the cost of a new
 * order. They spread over 180 days, 5,000 customers, every channel and the demo catalogue
 * (one to three lines), and are finished: mostly completed, some cancelled or rejected,
 * each with its timeline.
 */
final class HistoricOrders {

	private final String url;

	private final String user;

	private final String password;

	HistoricOrders(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	long count() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from customer_order")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Adds historic orders until the database holds {@code total} orders. */
	long fillUpTo(long total) throws SQLException {
		long missing = total - count();
		if (missing <= 0) {
			return count();
		}
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("""
						create temporary table seed_catalogue on commit drop as
						select row_number() over (order by sku) - 1 as i, sku, name, unit_price from product""");
				statement.execute(
						"""
								create temporary table seed_order on commit drop as
								select g, 'OF-' || nextval('order_number_seq') as order_number, 1 + g % 3 as line_count,
								       now() - interval '1 day' - (g % 180) * interval '1 day' - (g % 1440) * interval '1 minute' as placed_at,
								       g % 5000 as customer,
								       case when g % 20 = 0 then 'CANCELLED' when g % 50 = 1 then 'REJECTED' else 'COMPLETED' end as status
								from generate_series(1, :missing) g"""
							.replace(":missing", Long.toString(missing)));
				statement.execute(
						"""
								create temporary table seed_line on commit drop as
								select o.order_number, l as line_number, c.sku, c.name, 1 + (o.g * l) % 3 as quantity, c.unit_price
								from seed_order o cross join generate_series(1, 3) l
								join seed_catalogue c on c.i = (o.g + l) % (select count(*) from seed_catalogue)
								where l <= o.line_count""");
				statement.execute(
						"""
								insert into customer_order (order_number, channel, status, customer_id, customer_name, customer_email,
								    ship_name, ship_line1, ship_city, ship_postal_code, ship_country, bill_name, bill_line1, bill_city,
								    bill_postal_code, bill_country, shipping_method, payment_method, payment_token, currency,
								    subtotal, shipping_cost, tax, grand_total, placed_at, updated_at)
								select o.order_number, (array['WEB','MOBILE','PHONE','STORE','MARKETPLACE'])[1 + o.g % 5], o.status,
								    'H-' || o.customer, 'Customer ' || o.customer, 'customer-' || o.customer || '@example.com',
								    'Customer ' || o.customer, 'Street ' || o.g % 200, (array['Berlin','Hamburg','Munich','Cologne'])[1 + o.g % 4],
								    lpad((10000 + o.g % 80000)::text, 5, '0'), 'DE',
								    'Customer ' || o.customer, 'Street ' || o.g % 200, (array['Berlin','Hamburg','Munich','Cologne'])[1 + o.g % 4],
								    lpad((10000 + o.g % 80000)::text, 5, '0'), 'DE',
								    (array['STANDARD','EXPRESS'])[1 + o.g % 2], 'CARD', 'tok_visa', 'EUR',
								    t.subtotal, 4.90, round(t.subtotal * 0.19, 2), t.subtotal + 4.90 + round(t.subtotal * 0.19, 2),
								    o.placed_at, o.placed_at + interval '3 days'
								from seed_order o
								join (select order_number, sum(unit_price * quantity) as subtotal from seed_line group by order_number) t
								  on t.order_number = o.order_number""");
				statement.execute(
						"""
								insert into order_line (order_number, line_number, sku, product_name, quantity, unit_price, line_total,
								    cancelled_quantity, shipped_quantity)
								select l.order_number, l.line_number, l.sku, l.name, l.quantity, l.unit_price, l.unit_price * l.quantity, 0,
								    case when o.status = 'COMPLETED' then l.quantity else 0 end
								from seed_line l join seed_order o on o.order_number = l.order_number""");
				statement.execute(
						"""
								insert into order_event (order_number, occurred_at, event_type, message)
								select order_number, placed_at, 'PLACED', 'Order placed' from seed_order
								union all
								select order_number, placed_at + interval '3 days', status, 'Order ' || lower(status) from seed_order""");
			}
			connection.commit();
			try (Statement statement = connection.createStatement()) {
				connection.setAutoCommit(true);
				statement.execute("analyze customer_order, order_line, order_event");
			}
		}
		return count();
	}

	/** Open incidents in a database. */
	static long incidents(String url, String user, String password) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				PreparedStatement query = connection.prepareStatement("select count(*) from act_ru_incident");
				ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
