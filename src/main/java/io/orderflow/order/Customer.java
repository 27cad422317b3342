package io.orderflow.order;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Customer(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 200) String name,
		@NotBlank @Email @Size(max = 254) String email) {
}
