package io.orderflow.webhooks;

import java.util.List;

import io.orderflow.order.OrderEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where to send which events; the target must pass {@link TargetUrlPolicy}. */
public record NewWebhookSubscription(@NotBlank @Size(max = 2000) String targetUrl,
		@NotEmpty @Size(max = 32) List<@NotNull OrderEventType> eventTypes) {

}
