-- The simulated payment provider's ledger (V1, V2, V5) is the provider's data, not Orderflow's. It now comes from the
-- simulator's own migrations (db/simulator/payment), which run only while orderflow.payment.provider=simulated.
-- Flyway cannot rewrite applied history, so the tables are dropped here, rows included, and created afresh there.
drop table payment_gateway_failure;
drop table payment_gateway_ledger;
