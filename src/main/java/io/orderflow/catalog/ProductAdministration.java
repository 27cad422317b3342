package io.orderflow.catalog;

import java.util.List;

import io.orderflow.web.ConflictException;
import io.orderflow.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and changes products. A product is never deleted: orders keep referring to it, so
 * it is deactivated instead.
 */
@Service
public class ProductAdministration {

	private final ProductRepository products;

	private final JdbcAggregateOperations aggregates;

	ProductAdministration(ProductRepository products, JdbcAggregateOperations aggregates) {
		this.products = products;
		this.aggregates = aggregates;
	}

	@Transactional(readOnly = true)
	public List<Product> all() {
		return products.findAllByOrderBySku();
	}

	@Transactional(readOnly = true)
	public Product get(String sku) {
		return products.findById(sku).orElseThrow(() -> unknown(sku));
	}

	@Transactional
	public Product add(Product product) {
		if (products.existsById(product.sku())) {
			throw exists(product.sku());
		}
		try {
			return aggregates.insert(product);
		}
		catch (DuplicateKeyException addedMeanwhile) {
			throw exists(product.sku());
		}
	}

	/** Replaces what is known about an existing product. */
	@Transactional
	public Product replace(Product product) {
		if (!products.existsById(product.sku())) {
			throw unknown(product.sku());
		}
		return aggregates.update(product);
	}

	private static NotFoundException unknown(String sku) {
		return new NotFoundException("There is no product " + sku + ".");
	}

	private static ConflictException exists(String sku) {
		return new ConflictException(
				"Product " + sku + " exists already; change it with PUT /api/admin/products/" + sku + ".");
	}

}
