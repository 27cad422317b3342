package io.orderflow.inventory;

import java.util.List;

import io.orderflow.web.ConflictException;
import io.orderflow.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and changes warehouses; a changed priority applies to the next allocation. */
@Service
public class WarehouseAdministration {

	private final WarehouseRepository warehouses;

	WarehouseAdministration(WarehouseRepository warehouses) {
		this.warehouses = warehouses;
	}

	@Transactional(readOnly = true)
	public List<Warehouse> all() {
		return warehouses.allByPriority();
	}

	@Transactional(readOnly = true)
	public Warehouse get(String code) {
		return warehouses.find(code).orElseThrow(() -> unknown(code));
	}

	@Transactional
	public Warehouse add(Warehouse warehouse) {
		if (warehouses.find(warehouse.code()).isPresent()) {
			throw exists(warehouse.code());
		}
		try {
			warehouses.insert(warehouse);
		}
		catch (DuplicateKeyException addedMeanwhile) {
			throw exists(warehouse.code());
		}
		return warehouse;
	}

	@Transactional
	public Warehouse replace(Warehouse warehouse) {
		if (!warehouses.update(warehouse)) {
			throw unknown(warehouse.code());
		}
		return warehouse;
	}

	static NotFoundException unknown(String code) {
		return new NotFoundException("There is no warehouse " + code + ".");
	}

	private static ConflictException exists(String code) {
		return new ConflictException(
				"Warehouse " + code + " exists already; change it with PUT /api/admin/warehouses/" + code + ".");
	}

}
