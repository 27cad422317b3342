-- An authorization is recorded before the provider is asked (status AUTHORIZING with the idempotency key used), so a
-- cancellation or the reconciliation can always ask the provider again for its answer and void what it approved.
-- orphan_voided_at: when the reconciliation found the authorization of an ended order still held and voided it (shown
-- in the order's attention).
alter table payment add column authorization_key varchar(128);
alter table payment add column orphan_voided_at timestamp with time zone;
create index ix_payment_status on payment (status);
