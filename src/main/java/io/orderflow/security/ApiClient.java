package io.orderflow.security;

import java.time.OffsetDateTime;
import java.util.Set;

/** A system allowed to call /api with its own key; the key itself is not kept. */
record ApiClient(String id, String name, Set<ApiScope> scopes, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

	boolean revoked() {
		return revokedAt != null;
	}

}
