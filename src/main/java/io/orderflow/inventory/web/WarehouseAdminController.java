package io.orderflow.inventory.web;

import java.net.URI;
import java.util.List;

import io.orderflow.inventory.Warehouse;
import io.orderflow.inventory.WarehouseAdministration;
import io.orderflow.order.Address;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Warehouses as administrators keep them. Allocation takes stock from the fewest
 * warehouses that hold an order, preferring the lowest priority number.
 */
@RestController
@RequestMapping(path = "/api/admin/warehouses", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration")
class WarehouseAdminController {

	private final WarehouseAdministration administration;

	WarehouseAdminController(WarehouseAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(operationId = "listWarehouses", summary = "Every warehouse, in allocation order (priority, then code)")
	List<Warehouse> list() {
		return administration.all();
	}

	@GetMapping("/{code}")
	@Operation(operationId = "getWarehouse", summary = "One warehouse")
	Warehouse get(@PathVariable String code) {
		return administration.get(code);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createWarehouse", summary = "Add a warehouse (201 with Location; 409 if the code exists)")
	@ApiResponse(responseCode = "409", description = "A warehouse with this code exists")
	ResponseEntity<Warehouse> create(@Valid @RequestBody NewWarehouse request) {
		Warehouse warehouse = administration
			.add(new Warehouse(request.code(), request.name(), request.priority(), request.address()));
		return ResponseEntity.created(URI.create("/api/admin/warehouses/" + warehouse.code())).body(warehouse);
	}

	@PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceWarehouse",
			summary = "Replace an existing warehouse's name, priority and address (404 if unknown)")
	Warehouse replace(@PathVariable String code, @Valid @RequestBody WarehouseDetails request) {
		return administration.replace(new Warehouse(code, request.name(), request.priority(), request.address()));
	}

	record NewWarehouse(
			@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*",
					message = "may hold only capital letters, digits, '_' and '-'") String code,
			@NotBlank @Size(max = 200) String name, @NotNull @Min(0) @Max(1_000_000) Integer priority,
			@NotNull @Valid Address address) {
	}

	record WarehouseDetails(@NotBlank @Size(max = 200) String name, @NotNull @Min(0) @Max(1_000_000) Integer priority,
			@NotNull @Valid Address address) {
	}

}
