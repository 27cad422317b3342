package io.orderflow.inventory.web;

import java.util.List;
import java.util.Map;

import io.orderflow.inventory.StockLevel;
import io.orderflow.inventory.StockLevels;
import io.orderflow.web.Idempotent;
import io.orderflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inventory/{sku}")
@Tag(name = "Inventory")
class InventoryController {

	private final StockLevels levels;

	InventoryController(StockLevels levels) {
		this.levels = levels;
	}

	@GetMapping
	@Operation(operationId = "getInventory",
			summary = "Stock of a SKU per warehouse: on hand, reserved for orders, available")
	InventoryView get(@PathVariable String sku) {
		return view(sku);
	}

	@PostMapping("/receipts")
	@Idempotent
	@Operation(operationId = "receiveStock",
			summary = "Record goods received; waiting backorders get the stock, oldest order first")
	InventoryView receive(@PathVariable String sku, @Valid @RequestBody Receipt receipt) {
		levels.receive(sku, receipt.warehouse(), receipt.quantity());
		return view(sku);
	}

	@PostMapping("/adjustments")
	@Idempotent
	@Operation(operationId = "adjustStock",
			summary = "Correct on-hand stock after a count (negative removes units); never below what is reserved")
	InventoryView adjust(@PathVariable String sku, @Valid @RequestBody Adjustment adjustment) {
		if (adjustment.quantity() == 0) {
			throw new InvalidRequestException("quantity", "must not be 0");
		}
		levels.adjust(sku, adjustment.warehouse(), adjustment.quantity(), adjustment.reason());
		return view(sku);
	}

	@PutMapping(path = "/bins/{warehouse}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "assignBin",
			summary = "Record the bin a SKU lies in within a warehouse; pick lists show it. Moves no stock")
	InventoryView assignBin(@PathVariable String sku, @PathVariable String warehouse,
			@Valid @RequestBody BinAssignment assignment) {
		levels.assignBin(sku, warehouse, assignment.bin());
		return view(sku);
	}

	private InventoryView view(String sku) {
		return InventoryView.of(sku, levels.of(sku), levels.binsOf(sku));
	}

	record Receipt(@NotBlank @Size(max = 32) String warehouse, @NotNull @Positive @Max(1_000_000) Integer quantity) {
	}

	record Adjustment(@NotBlank @Size(max = 32) String warehouse,
			@NotNull @Min(-1_000_000) @Max(1_000_000) @Schema(
					description = "Units to add, or to remove when negative; not 0") Integer quantity,
			@NotBlank @Size(max = 500) String reason) {
	}

	record InventoryView(String sku, int available, List<WarehouseStock> warehouses) {

		static InventoryView of(String sku, List<StockLevel> levels, Map<String, String> bins) {
			List<WarehouseStock> warehouses = levels.stream()
				.map(l -> new WarehouseStock(l.warehouseCode(), l.onHand(), l.reserved(), l.available(),
						bins.get(l.warehouseCode())))
				.toList();
			return new InventoryView(sku, warehouses.stream().mapToInt(WarehouseStock::available).sum(), warehouses);
		}

	}

	/** {@code bin} is absent where none is recorded. */
	record WarehouseStock(String code, int onHand, int reserved, int available, @Nullable String bin) {
	}

	record BinAssignment(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9./-]*",
			message = "must be letters, digits, '.', '/' or '-', starting with a letter or digit") String bin) {
	}

}
