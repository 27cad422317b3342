package io.orderflow.order;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.lang.Nullable;

/**
 * An order as a channel sends it; without a billing address, the bill goes to the
 * shipping address.
 */
public record PlaceOrderRequest(@NotNull SalesChannel channel, @NotNull @Valid Customer customer,
		@NotNull @Valid Address shippingAddress, @Nullable @Valid Address billingAddress,
		@NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines, @NotNull ShippingMethod shippingMethod,
		@NotNull @Valid Payment payment) {

	@Schema(name = "OrderLineRequest")
	public record Line(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(9999) Integer quantity) {
	}

	record Payment(@NotNull PaymentMethod method, @Nullable @Size(max = 128) String token) {
	}

}
