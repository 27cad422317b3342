-- Signatures of webhook deliveries already processed, so a replayed delivery changes nothing. Only the last few
-- minutes matter: older deliveries are refused by their timestamp anyway.
create table webhook_delivery (
    signature   varchar(80) primary key,
    received_at timestamp with time zone not null
);
create index ix_webhook_delivery_received on webhook_delivery (received_at);
