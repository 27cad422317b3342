package io.orderflow.catalog.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.orderflow.catalog.Product;
import io.orderflow.catalog.ProductAdministration;
import io.orderflow.catalog.StoreCurrency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue as administrators keep it. POST adds a product, PUT replaces the details
 * of an existing one ({@code "active": false} takes it out of sale); products are never
 * deleted, because orders refer to them.
 */
@RestController
@RequestMapping(path = "/api/admin/products", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration")
class ProductAdminController {

	/** URL-safe, because a SKU is part of the API's paths. */
	static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

	private final ProductAdministration administration;

	private final StoreCurrency storeCurrency;

	ProductAdminController(ProductAdministration administration, StoreCurrency storeCurrency) {
		this.administration = administration;
		this.storeCurrency = storeCurrency;
	}

	@GetMapping
	@Operation(operationId = "listAdminProducts", summary = "Every product, active or not, by SKU")
	List<AdminProductView> list() {
		return administration.all().stream().map(this::view).toList();
	}

	@GetMapping("/{sku}")
	@Operation(operationId = "getAdminProduct", summary = "One product, active or not")
	AdminProductView get(@PathVariable String sku) {
		return view(administration.get(sku));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createProduct",
			summary = "Add a product to the catalogue (201 with Location; 409 if the SKU exists)")
	@ApiResponse(responseCode = "409", description = "A product with this SKU exists")
	ResponseEntity<AdminProductView> create(@Valid @RequestBody NewProduct request) {
		Product product = administration
			.add(new Product(request.sku(), request.name(), request.unitPrice(), request.weightGrams(),
					request.category(), flag(request.hazardous(), false), flag(request.fragile(), false), true));
		return ResponseEntity.created(URI.create("/api/admin/products/" + product.sku())).body(view(product));
	}

	@PutMapping(path = "/{sku}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceProduct",
			summary = "Replace an existing product's details; \"active\": false takes it out of sale (404 if unknown)")
	AdminProductView replace(@PathVariable String sku, @Valid @RequestBody ProductDetails request) {
		return view(administration
			.replace(new Product(sku, request.name(), request.unitPrice(), request.weightGrams(), request.category(),
					flag(request.hazardous(), false), flag(request.fragile(), false), flag(request.active(), true))));
	}

	private AdminProductView view(Product p) {
		return new AdminProductView(p.sku(), p.name(), p.unitPrice(), storeCurrency.code(), p.weightGrams(),
				p.category(), p.hazardous(), p.fragile(), p.active());
	}

	private static boolean flag(Boolean value, boolean absent) {
		return value == null ? absent : value;
	}

	record NewProduct(
			@NotBlank @Size(max = 64) @Pattern(regexp = SKU_PATTERN,
					message = "may hold only letters, digits, '.', '_' and '-'") String sku,
			@NotBlank @Size(max = 200) String name,
			@NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 10,
					fraction = 2) BigDecimal unitPrice,
			@NotNull @Positive @Max(1_000_000) Integer weightGrams, @Nullable @Size(max = 100) String category,
			@Nullable Boolean hazardous, @Nullable Boolean fragile) {
	}

	record ProductDetails(@NotBlank @Size(max = 200) String name,
			@NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 10,
					fraction = 2) BigDecimal unitPrice,
			@NotNull @Positive @Max(1_000_000) Integer weightGrams, @Nullable @Size(max = 100) String category,
			@Nullable Boolean hazardous, @Nullable Boolean fragile, @Nullable Boolean active) {
	}

	record AdminProductView(String sku, String name, BigDecimal unitPrice, String currency, int weightGrams,
			@Nullable String category, boolean hazardous, boolean fragile, boolean active) {
	}

}
