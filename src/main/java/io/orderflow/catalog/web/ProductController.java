package io.orderflow.catalog.web;

import java.math.BigDecimal;
import java.util.List;

import io.orderflow.catalog.ProductRepository;
import io.orderflow.catalog.StoreCurrency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
@Tag(name = "Catalogue")
class ProductController {

	private final ProductRepository products;

	private final StoreCurrency storeCurrency;

	ProductController(ProductRepository products, StoreCurrency storeCurrency) {
		this.products = products;
		this.storeCurrency = storeCurrency;
	}

	@GetMapping
	@Operation(operationId = "listProducts",
			summary = "List the products on sale with unit prices in the store currency")
	List<ProductView> list() {
		return products.findAllByActiveTrueOrderBySku()
			.stream()
			.map(p -> new ProductView(p.sku(), p.name(), p.unitPrice(), storeCurrency.code(), p.weightGrams()))
			.toList();
	}

	record ProductView(String sku, String name, BigDecimal unitPrice, String currency, int weightGrams) {
	}

}
