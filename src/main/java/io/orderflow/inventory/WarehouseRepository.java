package io.orderflow.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.orderflow.order.Address;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The warehouses. Hand-written SQL like the rest of inventory: the stock tables refer to
 * the warehouse by code, and allocation reads the priority order in its own query.
 */
@Repository
class WarehouseRepository {

	private static final String COLUMNS = "code, name, priority, address_name, address_line1, address_line2,"
			+ " address_city, address_region, address_postal_code, address_country";

	private final JdbcClient jdbc;

	WarehouseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Warehouse> allByPriority() {
		return jdbc.sql("select " + COLUMNS + " from warehouse order by priority, code")
			.query(WarehouseRepository::warehouse)
			.list();
	}

	Optional<Warehouse> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from warehouse where code = ?")
			.param(code)
			.query(WarehouseRepository::warehouse)
			.optional();
	}

	void insert(Warehouse warehouse) {
		Address a = warehouse.address();
		jdbc.sql("insert into warehouse (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(warehouse.code(), warehouse.name(), warehouse.priority(), a.name(), a.line1(), a.line2(), a.city(),
					a.region(), a.postalCode(), a.country())
			.update();
	}

	boolean update(Warehouse warehouse) {
		Address a = warehouse.address();
		return jdbc
			.sql("update warehouse set name = ?, priority = ?, address_name = ?, address_line1 = ?,"
					+ " address_line2 = ?, address_city = ?, address_region = ?, address_postal_code = ?,"
					+ " address_country = ? where code = ?")
			.params(warehouse.name(), warehouse.priority(), a.name(), a.line1(), a.line2(), a.city(), a.region(),
					a.postalCode(), a.country(), warehouse.code())
			.update() == 1;
	}

	private static Warehouse warehouse(ResultSet rs, int row) throws SQLException {
		Address address = rs.getString("address_line1") == null ? null
				: new Address(rs.getString("address_name"), rs.getString("address_line1"),
						rs.getString("address_line2"), rs.getString("address_city"), rs.getString("address_region"),
						rs.getString("address_postal_code"), rs.getString("address_country"));
		return new Warehouse(rs.getString("code"), rs.getString("name"), rs.getInt("priority"), address);
	}

}
