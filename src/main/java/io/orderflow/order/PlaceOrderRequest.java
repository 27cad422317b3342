package io.orderflow.order;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.lang.Nullable;

/**
 * An order as a channel sends it; without a billing address, the bill goes to the
 * shipping address.
 */
public record PlaceOrderRequest(@NotNull SalesChannel channel, @Nullable @Size(min = 1, max = 100) @Pattern(
		regexp = "^\\S(.*\\S)?$", message = "must not start or end with spaces") @Schema(
				description = "The channel's own number of the order, unique per channel: the same channel "
						+ "sending it again gets the first order back (200) and nothing new is created") String externalOrderId,
		@NotNull @Valid Customer customer, @NotNull @Valid Address shippingAddress,
		@Nullable @Valid Address billingAddress, @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines,
		@NotNull ShippingMethod shippingMethod, @NotNull @Valid Payment payment) {

	@Schema(name = "OrderLineRequest",
			description = "One SKU per order: a SKU on two lines is refused (400 naming the later line's sku)")
	public record Line(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(9999) Integer quantity,
			@Nullable @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) @Schema(
					description = "Only for the MARKETPLACE channel: the price the marketplace sold at, in the store "
							+ "currency, taken when within orderflow.pricing.marketplace-price-tolerance percent "
							+ "of the catalogue price; other channels are priced from the catalogue") BigDecimal unitPrice) {

		public Line(String sku, Integer quantity) {
			this(sku, quantity, null);
		}

	}

	record Payment(@NotNull PaymentMethod method, @Nullable @Size(max = 128) String token) {
	}

}
