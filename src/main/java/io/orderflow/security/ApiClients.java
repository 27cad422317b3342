package io.orderflow.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API clients and the hashes of their secrets. A verified key is remembered
 * ({@link VerifiedCredentials}); revoking a client forgets it on this node at once, other
 * nodes refuse it after {@code orderflow.security.basic-cache-ttl}.
 */
@Repository
class ApiClients {

	private static final String COLUMNS = "id, name, scopes, created_at, revoked_at";

	private final JdbcClient jdbc;

	private final VerifiedCredentials<ApiClient> verified;

	ApiClients(JdbcClient jdbc, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.verified = new VerifiedCredentials<>(properties.basicCacheTtl());
	}

	void add(ApiClient client, String secretHash) {
		jdbc.sql("insert into api_client (id, name, scopes, secret_hash, created_at) values (?, ?, ?, ?, ?)")
			.params(client.id(), client.name(), scopes(client.scopes()), secretHash, client.createdAt())
			.update();
	}

	Optional<ApiClient> find(String id) {
		return jdbc.sql("select " + COLUMNS + " from api_client where id = ?")
			.param(id)
			.query(ApiClients::client)
			.optional();
	}

	/**
	 * The client whose key this is, unless it is unknown, revoked or the secret is wrong.
	 */
	Optional<ApiClient> authenticate(ApiKey key) {
		return Optional.ofNullable(verified.grant(key.clientId() + '\u0000' + key.secret(),
				() -> verifiedAgainstDatabase(key).orElse(null)));
	}

	private Optional<ApiClient> verifiedAgainstDatabase(ApiKey key) {
		return jdbc.sql("select " + COLUMNS + ", secret_hash from api_client where id = ? and revoked_at is null")
			.param(key.clientId())
			.query((rs, row) -> new Stored(client(rs, row), rs.getString("secret_hash")))
			.optional()
			.filter(stored -> key.matches(stored.secretHash()))
			.map(Stored::client);
	}

	List<ApiClient> all() {
		return jdbc.sql("select " + COLUMNS + " from api_client order by created_at, id")
			.query(ApiClients::client)
			.list();
	}

	/**
	 * Revokes the client; false if it is unknown. Revoking twice keeps the first time.
	 */
	boolean revoke(String id, OffsetDateTime at) {
		jdbc.sql("update api_client set revoked_at = ? where id = ? and revoked_at is null").params(at, id).update();
		verified.forget(client -> client.id().equals(id));
		return find(id).isPresent();
	}

	private record Stored(ApiClient client, String secretHash) {
	}

	private static ApiClient client(ResultSet rs, int row) throws SQLException {
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		Arrays.stream(rs.getString("scopes").split(" "))
			.filter(s -> !s.isBlank())
			.map(ApiScope::of)
			.forEach(scopes::add);
		return new ApiClient(rs.getString("id"), rs.getString("name"), scopes,
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
	}

	private static String scopes(Set<ApiScope> scopes) {
		return scopes.stream().map(ApiScope::value).sorted().collect(Collectors.joining(" "));
	}

}
