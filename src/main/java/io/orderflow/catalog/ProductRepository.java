package io.orderflow.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProductRepository {

	private final JdbcClient jdbc;

	ProductRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Product> findAll() {
		return jdbc.sql("select sku, name, unit_price, weight_grams from product order by sku")
			.query(Product.class)
			.list();
	}

	/** The products with the given SKUs, keyed by SKU; unknown SKUs are simply absent. */
	public Map<String, Product> findBySkus(Collection<String> skus) {
		if (skus.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select sku, name, unit_price, weight_grams from product where sku in (:skus)")
			.param("skus", skus)
			.query(Product.class)
			.stream()
			.collect(Collectors.toMap(Product::sku, Function.identity()));
	}

	int count() {
		return jdbc.sql("select count(*) from product").query(Integer.class).single();
	}

	public boolean exists(String sku) {
		return jdbc.sql("select count(*) from product where sku = ?").param(sku).query(Integer.class).single() > 0;
	}

}
