package io.orderflow.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.repository.Repository;

/**
 * The catalogue, read here; products are written by {@link ProductAdministration} (the
 * admin API) or the demo catalogue.
 */
public interface ProductRepository extends Repository<Product, String> {

	List<Product> findAllByOrderBySku();

	List<Product> findAllByActiveTrueOrderBySku();

	List<Product> findAllById(Iterable<String> skus);

	Optional<Product> findById(String sku);

	boolean existsById(String sku);

	long count();

	/** The products with the given SKUs, keyed by SKU; unknown SKUs are simply absent. */
	default Map<String, Product> findBySkus(Collection<String> skus) {
		return skus.isEmpty() ? Map.of()
				: findAllById(skus).stream().collect(Collectors.toMap(Product::sku, Function.identity()));
	}

}
