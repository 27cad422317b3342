// Compiled (not run) against the generated client: the README's main calls keep their names and types.
import { Configuration, CatalogueApi, OrdersApi, ReturnsApi, OrderStatus } from '../../target/generated-clients/typescript';

export async function mainFlows(basePath: string, username: string, password: string): Promise<void> {
  const configuration = new Configuration({ basePath, username, password });
  const catalogue = new CatalogueApi(configuration);
  const orders = new OrdersApi(configuration);
  const returns = new ReturnsApi(configuration);

  const products = await catalogue.listProducts();
  const placed = await orders.placeOrder({
    idempotencyKey: 'order-4711',
    placeOrderRequest: {
      channel: 'WEB',
      customer: { id: 'C-1', name: 'Ada Lovelace', email: 'ada@example.com' },
      shippingAddress: { name: 'Ada Lovelace', line1: 'Main St 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
      lines: [{ sku: products[0].sku, quantity: 1 }],
      shippingMethod: 'STANDARD',
      payment: { method: 'CARD', token: 'tok_visa' },
    },
  });
  const status: OrderStatus = (await orders.getOrder({ orderNumber: placed.orderNumber })).status;
  await orders.listOrders({ status: [status], page: 0, size: 20 });
  await orders.updatePaymentDetails({ orderNumber: placed.orderNumber, paymentDetails: { method: 'BANK_TRANSFER' } });
  const requested = await returns.requestReturn({
    orderNumber: placed.orderNumber,
    returnBody: { reason: 'DAMAGED', lines: [{ sku: products[0].sku, quantity: 1 }] },
  });
  await returns.receiveReturnParcel({ returnNumber: requested.returnNumber });
  await orders.cancelOrder({ orderNumber: placed.orderNumber, cancelOrderRequest: { reason: 'Ordered twice' } });
}
