package io.orderflow.inventory.web;

import io.orderflow.inventory.StockLevels;
import io.orderflow.inventory.web.InventoryController.InventoryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stock levels as administrators set them up: the units counted on hand of a SKU in a
 * warehouse. Every change is booked in the stock journal, as a receipt when the level is
 * new and as an adjustment otherwise.
 */
@RestController
@RequestMapping(path = "/api/admin/stock", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration")
class StockAdminController {

	private final StockLevels levels;

	StockAdminController(StockLevels levels) {
		this.levels = levels;
	}

	@PutMapping(path = "/{sku}/{warehouse}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "setStockLevel",
			summary = "Set the units on hand of a SKU in a warehouse: the first count creates the level (a receipt in"
					+ " the journal), a later one books the difference as an adjustment; never below what is reserved")
	InventoryView count(@PathVariable String sku, @PathVariable String warehouse,
			@Valid @RequestBody StockCount request) {
		levels.count(sku, warehouse, request.onHand());
		return InventoryView.of(sku, levels.of(sku), levels.binsOf(sku));
	}

	record StockCount(@NotNull @Min(0) @Max(1_000_000) Integer onHand) {
	}

}
