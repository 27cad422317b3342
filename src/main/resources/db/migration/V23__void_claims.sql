-- A void is claimed (committed) before the provider is asked and recorded in a transaction of its own after it
-- answered, so no payment row stays locked while the provider answers. void_claimed_at: when a node last claimed the
-- payment's void; the reconciliation takes over a claim older than orderflow.payment.reconciliation.void-lease (its
-- node died), and the void's idempotency key (<order>:void) makes the repeat harmless.
alter table payment add column void_claimed_at timestamp with time zone;
