-- Systems that call /api with a key of their own instead of a Camunda user's password: a wrong key costs the
-- caller, never the account. Only the SHA-256 of the secret is kept; the key is shown once, when it is created.
create table api_client (
    id           varchar(32)   primary key,
    name         varchar(100)  not null,
    -- granted scopes, space-separated as in OAuth2 (orders:read orders:write ...)
    scopes       varchar(200)  not null,
    secret_hash  varchar(64)   not null,
    created_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone
);
