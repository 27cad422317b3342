-- What the customer is told about a cancellation staff asked for, as a code (order.CustomerReason) whose text the
-- mail templates keep; cancellation_reason stays the caller's words, for staff unless no code was given.
alter table customer_order add column cancellation_customer_reason varchar(32);
